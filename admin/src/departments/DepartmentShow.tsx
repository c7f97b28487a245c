import { DateField, NumberField, Show, SimpleShowLayout, TextField } from 'react-admin';

export const DepartmentShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="code" />
      <TextField source="description" emptyText="—" />
      <NumberField source="version" />
      <DateField source="createdAt" label="Created" showTime />
      <DateField source="updatedAt" label="Updated" showTime />
    </SimpleShowLayout>
  </Show>
);
