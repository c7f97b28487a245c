import { DataTable, List, NullableBooleanInput, ReferenceField, ReferenceInput, SearchInput, SelectInput, TextArrayField, TextField } from 'react-admin';
import { ListActions } from '../common/ListActions';
import { ReferenceCol } from '../common/ReferenceCol';
import { DateField } from '../i18n/fields';
import { ApiTokenStatus } from './ApiTokenStatus';
import { RevokeButton } from './RevokeButton';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="departmentId" source="departmentId" reference="Department" sort={{ field: 'name', order: 'ASC' }} perPage={500} alwaysOn>
    <SelectInput />
  </ReferenceInput>,
  <NullableBooleanInput key="revoked" source="revoked" alwaysOn />,
];

const SHORT_DATE = { dateStyle: 'medium' } as const;
const SHORT_TIME = { dateStyle: 'medium', timeStyle: 'short' } as const;

// The prefix is all that is left of a secret once issued: enough to recognise a token in a config.
export const ApiTokenList = () => (
  // No separate empty page: the toolbar (with "Issue token") shows from the first token on and before it.
  <List filters={filters} actions={<ListActions createLabel="regie.api_tokens.issue" />} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25} empty={false}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="prefix" disableSort>
        <TextField source="prefix" sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }} />
      </DataTable.Col>
      <DataTable.Col source="scopes" disableSort>
        <TextArrayField source="scopes" />
      </DataTable.Col>
      <ReferenceCol source="departmentId" sortBy="department.name">
        <ReferenceField source="departmentId" reference="Department" emptyText="regie.api_tokens.all" />
      </ReferenceCol>
      <DataTable.Col source="lastUsedAt">
        <DateField source="lastUsedAt" showTime options={SHORT_TIME} emptyText="regie.api_tokens.never" />
      </DataTable.Col>
      <DataTable.Col source="expiresAt">
        <DateField source="expiresAt" options={SHORT_DATE} emptyText="regie.api_tokens.until_revoked" />
      </DataTable.Col>
      <DataTable.Col label="regie.api_tokens.status.label" disableSort>
        <ApiTokenStatus />
      </DataTable.Col>
      <DataTable.Col label="" disableSort>
        <RevokeButton />
      </DataTable.Col>
    </DataTable>
  </List>
);
