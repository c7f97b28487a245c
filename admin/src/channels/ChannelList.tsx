import { DataTable, DateField, List, SearchInput } from 'react-admin';
import { ListActions } from '../common/ListActions';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

export const ChannelList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'name', order: 'ASC' }} perPage={25}>
    <DataTable rowClick="show">
      <DataTable.Col source="name" />
      <DataTable.Col source="description" disableSort />
      <DataTable.Col source="updatedAt" label="Updated">
        <DateField source="updatedAt" showTime />
      </DataTable.Col>
    </DataTable>
  </List>
);
