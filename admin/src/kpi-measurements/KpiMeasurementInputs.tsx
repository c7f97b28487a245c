import { AutocompleteInput, NumberInput, ReferenceInput, required, TextInput } from 'react-admin';
import { period } from '../common/periods';

// The server checks the rest (one value per KPI and period) and its messages land on these inputs.
export const KpiMeasurementInputs = () => (
  <>
    <ReferenceInput source="kpiId" reference="Kpi" sort={{ field: 'name', order: 'ASC' }} perPage={1000}>
      <AutocompleteInput label="KPI" validate={required()} />
    </ReferenceInput>
    <TextInput source="period" validate={[required(), period]} helperText="A month such as 2026-11 or a quarter such as 2026-Q4" />
    <NumberInput source="value" validate={required()} helperText="In the KPI's unit" />
    <TextInput source="note" multiline minRows={2} />
  </>
);
