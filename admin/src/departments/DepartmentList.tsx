import { DataTable, DateField, List, ReferenceField, SearchInput } from 'react-admin';
import { ListActions } from '../common/ListActions';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

export const DepartmentList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'name', order: 'ASC' }} perPage={25}>
    <DataTable rowClick="show">
      <DataTable.Col source="name" />
      <DataTable.Col source="code" />
      <DataTable.Col source="leadId" label="Lead" disableSort>
        <ReferenceField source="leadId" reference="Person" link={false} emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="description" disableSort />
      <DataTable.Col source="updatedAt" label="Updated">
        <DateField source="updatedAt" showTime />
      </DataTable.Col>
    </DataTable>
  </List>
);
