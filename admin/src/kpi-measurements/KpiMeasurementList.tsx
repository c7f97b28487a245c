import { AutocompleteInput, DataTable, DateField, List, ReferenceField, ReferenceInput, TextInput } from 'react-admin';
import { ListActions } from '../common/ListActions';

const filters = [
  <ReferenceInput key="kpiId" source="kpiId" reference="Kpi" sort={{ field: 'name', order: 'ASC' }} perPage={1000} alwaysOn>
    <AutocompleteInput label="KPI" sx={{ minWidth: 260 }} />
  </ReferenceInput>,
  <TextInput key="period_gte" source="period_gte" label="From period" placeholder="2026-01" helperText={false} alwaysOn />,
  <TextInput key="period_lte" source="period_lte" label="Until period" placeholder="2026-12" helperText={false} alwaysOn />,
];

// A KPI's own page shows its measurements with their unit and a chart; this list spans all KPIs.
export const KpiMeasurementList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'period', order: 'DESC' }} perPage={25}>
    <DataTable rowClick="show">
      <DataTable.Col source="kpiId" label="KPI">
        <ReferenceField source="kpiId" reference="Kpi" link={false} />
      </DataTable.Col>
      <DataTable.Col source="period" />
      <DataTable.NumberCol source="value" />
      <DataTable.Col source="note" disableSort />
      <DataTable.Col source="updatedAt" label="Updated">
        <DateField source="updatedAt" showTime />
      </DataTable.Col>
    </DataTable>
  </List>
);
