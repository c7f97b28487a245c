import { DataTable, DateField, List, SearchInput } from 'react-admin';
import { ListActions } from '../common/ListActions';
import { PercentInput } from '../common/PercentInput';
import { SHARE_FORMAT } from './share';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <PercentInput key="share_gte" source="share_gte" label="Share at least" helperText={false} />,
  <PercentInput key="share_lte" source="share_lte" label="Share at most" helperText={false} />,
];

export const SegmentList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'name', order: 'ASC' }} perPage={25}>
    <DataTable rowClick="show">
      <DataTable.Col source="name" />
      <DataTable.NumberCol source="share" options={SHARE_FORMAT} />
      <DataTable.Col source="description" disableSort />
      <DataTable.Col source="updatedAt" label="Updated">
        <DateField source="updatedAt" showTime />
      </DataTable.Col>
    </DataTable>
  </List>
);
