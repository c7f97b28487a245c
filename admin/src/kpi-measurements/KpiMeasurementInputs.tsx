import { AutocompleteInput, NumberInput, ReferenceInput, required, TextInput } from 'react-admin';
import { period } from '../common/periods';
import { ownKpis } from '../kpis/OwnDepartmentOnly';

// The server checks the rest (one value per KPI and period, a lead's own department's KPIs) and its
// messages land on these inputs. A lead picks among their own department's KPIs.
export const KpiMeasurementInputs = () => (
  <>
    <ReferenceInput source="kpiId" reference="Kpi" filter={ownKpis()} sort={{ field: 'name', order: 'ASC' }} perPage={1000}>
      <AutocompleteInput validate={required()} />
    </ReferenceInput>
    <TextInput source="period" validate={[required(), period]} helperText="regie.kpi_measurements.period_help" />
    <NumberInput source="value" validate={required()} helperText="regie.kpi_measurements.value_help" />
    <TextInput source="note" multiline minRows={2} />
  </>
);
