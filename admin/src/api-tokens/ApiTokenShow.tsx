import { DateField, Labeled, ReferenceField, Show, SimpleShowLayout, TextArrayField, TextField, TopToolbar } from 'react-admin';
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
      <ReferenceField source="departmentId" reference="Department" label="Department" emptyText="All departments" />
      <Labeled label="Status">
        <ApiTokenStatus />
      </Labeled>
      <ReferenceField source="createdById" reference="Person" label="Issued by" />
      <DateField source="createdAt" label="Issued" showTime />
      <DateField source="expiresAt" label="Valid until" emptyText="Until revoked" />
      <DateField source="lastUsedAt" label="Last used" showTime emptyText="Never" />
      <DateField source="revokedAt" label="Revoked" showTime emptyText="—" />
    </SimpleShowLayout>
  </Show>
);
