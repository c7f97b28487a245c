import { DataTable, List, SearchInput } from 'react-admin';
import { ListActions } from '../common/ListActions';
import { DateField } from '../i18n/fields';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

export const ChannelList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'name', order: 'ASC' }} perPage={25}>
    <DataTable rowClick="show">
      <DataTable.Col source="name" />
      <DataTable.Col source="description" disableSort />
      <DataTable.Col source="updatedAt">
        <DateField source="updatedAt" showTime />
      </DataTable.Col>
    </DataTable>
  </List>
);
