import { DataTable, DateField, List, NullableBooleanInput, ReferenceField, ReferenceInput, SearchInput, SelectInput, TextArrayField, TextField } from 'react-admin';
import { ListActions } from '../common/ListActions';
import { ApiTokenStatus } from './ApiTokenStatus';
import { RevokeButton } from './RevokeButton';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="departmentId" source="departmentId" reference="Department" sort={{ field: 'name', order: 'ASC' }} perPage={500} alwaysOn>
    <SelectInput label="Department" />
  </ReferenceInput>,
  <NullableBooleanInput key="revoked" source="revoked" alwaysOn />,
];

const SHORT_DATE = { dateStyle: 'medium' } as const;
const SHORT_TIME = { dateStyle: 'medium', timeStyle: 'short' } as const;

// The prefix is all that is left of a secret once issued: enough to recognise a token in a config.
export const ApiTokenList = () => (
  // No separate empty page: the toolbar (with "Issue token") shows from the first token on and before it.
  <List filters={filters} actions={<ListActions createLabel="Issue token" />} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25} empty={false}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="prefix" disableSort>
        <TextField source="prefix" sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }} />
      </DataTable.Col>
      <DataTable.Col source="scopes" disableSort>
        <TextArrayField source="scopes" />
      </DataTable.Col>
      <DataTable.Col source="departmentId" label="Department" disableSort>
        <ReferenceField source="departmentId" reference="Department" emptyText="All" />
      </DataTable.Col>
      <DataTable.Col source="lastUsedAt" label="Last used">
        <DateField source="lastUsedAt" showTime options={SHORT_TIME} emptyText="Never" />
      </DataTable.Col>
      <DataTable.Col source="expiresAt" label="Valid until">
        <DateField source="expiresAt" options={SHORT_DATE} emptyText="Until revoked" />
      </DataTable.Col>
      <DataTable.Col label="Status" disableSort>
        <ApiTokenStatus />
      </DataTable.Col>
      <DataTable.Col label="" disableSort>
        <RevokeButton />
      </DataTable.Col>
    </DataTable>
  </List>
);
