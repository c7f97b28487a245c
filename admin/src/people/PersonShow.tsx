import { BooleanField, DateField, EmailField, NumberField, ReferenceField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { ROLE_CHOICES } from '../roles';

export const PersonShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <EmailField source="email" />
      <SelectField source="role" choices={ROLE_CHOICES} />
      <ReferenceField source="departmentId" reference="Department" label="Department" emptyText="—" />
      <BooleanField source="active" />
      <NumberField source="version" />
      <DateField source="createdAt" label="Created" showTime />
      <DateField source="updatedAt" label="Updated" showTime />
    </SimpleShowLayout>
  </Show>
);
