import { AutocompleteInput, DataTable, List, ReferenceField, ReferenceInput, SelectInput } from 'react-admin';
import { ListActions } from '../common/ListActions';
import { period } from '../common/periods';
import { ReferenceCol } from '../common/ReferenceCol';
import { DateField, NumberCol } from '../i18n/fields';
import { TextInput } from '../i18n/inputs';
import { bulkActionsForRole } from '../kpis/OwnDepartmentOnly';

/** As the server writes periods: `2026-q4 ` is 2026-Q4. */
const asPeriod = (value: string) => value.trim().toUpperCase();

// The period bounds compare as periods on the server (2026-Q4 starts with 2026-10, after 2026-09);
// a bound that is not (yet) a period stays in the input with its message and is not sent.
const filters = [
  <ReferenceInput key="kpiId" source="kpiId" reference="Kpi" sort={{ field: 'name', order: 'ASC' }} perPage={1000} alwaysOn>
    <AutocompleteInput sx={{ minWidth: 260 }} />
  </ReferenceInput>,
  <ReferenceInput key="departmentId" source="departmentId" reference="Department" sort={{ field: 'name', order: 'ASC' }} perPage={1000} alwaysOn>
    <SelectInput />
  </ReferenceInput>,
  <TextInput key="period_gte" source="period_gte" placeholder="2026-01" validate={period} parse={asPeriod} helperText={false} alwaysOn />,
  <TextInput key="period_lte" source="period_lte" placeholder="2026-Q4" validate={period} parse={asPeriod} helperText={false} alwaysOn />,
];

// A KPI's own page shows its measurements with their unit and a chart; this list spans all KPIs.
// Periods sort as periods (the server orders by first month, then last), the KPI by its name.
export const KpiMeasurementList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'period', order: 'DESC' }} perPage={25}>
    <DataTable rowClick="show" bulkActionButtons={bulkActionsForRole()}>
      <ReferenceCol source="kpiId" sortBy="kpi.name">
        <ReferenceField source="kpiId" reference="Kpi" link={false} />
      </ReferenceCol>
      <DataTable.Col source="period" />
      <NumberCol source="value" />
      <DataTable.Col source="note" disableSort />
      <DataTable.Col source="updatedAt">
        <DateField source="updatedAt" showTime />
      </DataTable.Col>
    </DataTable>
  </List>
);
