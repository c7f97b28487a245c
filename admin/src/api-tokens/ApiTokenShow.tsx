import { Labeled, ReferenceField, Show, SimpleShowLayout, TextArrayField, TextField, TopToolbar } from 'react-admin';
import { DateField } from '../i18n/fields';
import { ApiTokenStatus } from './ApiTokenStatus';
import { RevokeButton } from './RevokeButton';

// No edit: a token's name, scopes and department are fixed when it is issued.
export const ApiTokenShow = () => (
  <Show
    actions={
      <TopToolbar>
        <RevokeButton />
      </TopToolbar>
    }
  >
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="prefix" sx={{ fontFamily: 'monospace' }} />
      <TextArrayField source="scopes" />
      <ReferenceField source="departmentId" reference="Department" emptyText="regie.api_tokens.all_departments" />
      <Labeled label="regie.api_tokens.status.label">
        <ApiTokenStatus />
      </Labeled>
      <ReferenceField source="createdById" reference="Person" />
      <DateField source="createdAt" showTime />
      <DateField source="expiresAt" emptyText="regie.api_tokens.until_revoked" />
      <DateField source="lastUsedAt" showTime emptyText="regie.api_tokens.never" />
      <DateField source="revokedAt" showTime emptyText="—" />
    </SimpleShowLayout>
  </Show>
);
