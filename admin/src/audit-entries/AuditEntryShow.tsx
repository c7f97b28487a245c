import { DateField, Labeled, Link, SelectField, Show, SimpleShowLayout, TextField, useCreatePath, useRecordContext, useResourceDefinitions } from 'react-admin';
import { ChangesTable } from './ChangesTable';
import { ACTION_CHOICES, ACTOR_TYPE_CHOICES } from './choices';

interface AuditEntryRecord {
  entity: string;
  entityId: string;
  action: string;
}

/** The changed record, linked when the admin has a page for its type and it still exists. */
const ChangedRecord = () => {
  const entry = useRecordContext<AuditEntryRecord>();
  const resources = useResourceDefinitions();
  const createPath = useCreatePath();
  if (!entry) return null;
  const text = `${entry.entity} ${entry.entityId}`;
  if (entry.action === 'DELETE' || !resources[entry.entity]?.hasShow) return <>{text}</>;
  return <Link to={createPath({ resource: entry.entity, id: entry.entityId, type: 'show' })}>{text}</Link>;
};

export const AuditEntryShow = () => (
  <Show actions={false}>
    <SimpleShowLayout>
      <DateField source="at" label="When" showTime />
      <TextField source="actorName" label="Who" />
      <SelectField source="actorType" label="Acting as" choices={ACTOR_TYPE_CHOICES} />
      <TextField source="operation" />
      <SelectField source="action" choices={ACTION_CHOICES} />
      <Labeled label="Record">
        <ChangedRecord />
      </Labeled>
      <Labeled label="Changes" fullWidth>
        <ChangesTable />
      </Labeled>
    </SimpleShowLayout>
  </Show>
);
