import { DateField, NumberField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';

export const KpiMeasurementShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="kpiId" reference="Kpi" label="KPI" />
      <TextField source="period" />
      <NumberField source="value" />
      <TextField source="note" emptyText="—" />
      <NumberField source="version" />
      <DateField source="createdAt" label="Created" showTime />
      <DateField source="updatedAt" label="Updated" showTime />
    </SimpleShowLayout>
  </Show>
);
