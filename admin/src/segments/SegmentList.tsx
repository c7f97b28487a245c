import { DataTable, List, SearchInput } from 'react-admin';
import { ListActions } from '../common/ListActions';
import { PercentInput } from '../common/PercentInput';
import { DateField, NumberCol } from '../i18n/fields';
import { SHARE_FORMAT } from './share';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <PercentInput key="share_gte" source="share_gte" helperText={false} />,
  <PercentInput key="share_lte" source="share_lte" helperText={false} />,
];

export const SegmentList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'name', order: 'ASC' }} perPage={25}>
    <DataTable rowClick="show">
      <DataTable.Col source="name" />
      <NumberCol source="share" options={SHARE_FORMAT} />
      <DataTable.Col source="description" disableSort />
      <DataTable.Col source="updatedAt">
        <DateField source="updatedAt" showTime />
      </DataTable.Col>
    </DataTable>
  </List>
);
