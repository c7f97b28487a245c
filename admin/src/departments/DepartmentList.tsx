import { DataTable, List, ReferenceField, SearchInput } from 'react-admin';
import { ListActions } from '../common/ListActions';
import { ReferenceCol } from '../common/ReferenceCol';
import { DateField } from '../i18n/fields';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

export const DepartmentList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'name', order: 'ASC' }} perPage={25}>
    <DataTable rowClick="show">
      <DataTable.Col source="name" />
      <DataTable.Col source="code" />
      <ReferenceCol source="leadId" sortBy="lead.name">
        <ReferenceField source="leadId" reference="Person" link={false} emptyText="—" />
      </ReferenceCol>
      <DataTable.Col source="description" disableSort />
      <DataTable.Col source="updatedAt">
        <DateField source="updatedAt" showTime />
      </DataTable.Col>
    </DataTable>
  </List>
);
