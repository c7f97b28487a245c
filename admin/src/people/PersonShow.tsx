import { BooleanField, EmailField, ReferenceField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateField, NumberField } from '../i18n/fields';
import { ROLE_CHOICES } from '../roles';

export const PersonShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <EmailField source="email" />
      <SelectField source="role" choices={ROLE_CHOICES} />
      <ReferenceField source="departmentId" reference="Department" emptyText="—" />
      <BooleanField source="active" />
      <NumberField source="version" />
      <DateField source="createdAt" showTime />
      <DateField source="updatedAt" showTime />
    </SimpleShowLayout>
  </Show>
);
