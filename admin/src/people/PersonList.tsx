import { BooleanField, DataTable, List, NullableBooleanInput, ReferenceField, ReferenceInput, SearchInput, SelectField, SelectInput } from 'react-admin';
import { ListActions } from '../common/ListActions';
import { ReferenceCol } from '../common/ReferenceCol';
import { DateField } from '../i18n/fields';
import { ROLE_CHOICES } from '../roles';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={ROLE_CHOICES} alwaysOn />,
  <ReferenceInput key="departmentId" source="departmentId" reference="Department" sort={{ field: 'name', order: 'ASC' }} perPage={500} alwaysOn>
    <SelectInput />
  </ReferenceInput>,
  <NullableBooleanInput key="active" source="active" />,
];

export const PersonList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'name', order: 'ASC' }} perPage={25}>
    <DataTable rowClick="show">
      <DataTable.Col source="name" />
      <DataTable.Col source="email" />
      <DataTable.Col source="role">
        <SelectField source="role" choices={ROLE_CHOICES} />
      </DataTable.Col>
      <ReferenceCol source="departmentId" sortBy="department.name">
        <ReferenceField source="departmentId" reference="Department" emptyText="—" />
      </ReferenceCol>
      <DataTable.Col source="active">
        <BooleanField source="active" />
      </DataTable.Col>
      <DataTable.Col source="updatedAt">
        <DateField source="updatedAt" showTime />
      </DataTable.Col>
    </DataTable>
  </List>
);
