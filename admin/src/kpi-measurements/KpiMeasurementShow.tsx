import { ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateField, NumberField } from '../i18n/fields';

export const KpiMeasurementShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="kpiId" reference="Kpi" />
      <TextField source="period" />
      <NumberField source="value" />
      <TextField source="note" emptyText="—" />
      <NumberField source="version" />
      <DateField source="createdAt" showTime />
      <DateField source="updatedAt" showTime />
    </SimpleShowLayout>
  </Show>
);
