import { Labeled, Link, SelectField, Show, SimpleShowLayout, TextField, useCreatePath, useRecordContext, useResourceDefinitions, useTranslate } from 'react-admin';
import { ActorField } from '../common/ActorField';
import { DateField } from '../i18n/fields';
import { ChangesTable } from './ChangesTable';
import { ACTION_CHOICES, ACTOR_TYPE_CHOICES, entityKey } from './choices';

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
  const translate = useTranslate();
  if (!entry) return null;
  const text = `${translate(entityKey(entry.entity), { _: entry.entity })} ${entry.entityId}`;
  if (entry.action === 'DELETE' || !resources[entry.entity]?.hasShow) return <>{text}</>;
  return <Link to={createPath({ resource: entry.entity, id: entry.entityId, type: 'show' })}>{text}</Link>;
};

export const AuditEntryShow = () => (
  <Show actions={false}>
    <SimpleShowLayout>
      <DateField source="at" showTime />
      <ActorField source="actorName" />
      <SelectField source="actorType" choices={ACTOR_TYPE_CHOICES} />
      <TextField source="operation" />
      <SelectField source="action" choices={ACTION_CHOICES} />
      <Labeled label="resources.AuditEntry.fields.entityId">
        <ChangedRecord />
      </Labeled>
      <Labeled label="regie.audit.changes" fullWidth>
        <ChangesTable />
      </Labeled>
    </SimpleShowLayout>
  </Show>
);
