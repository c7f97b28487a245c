import { DataTable, DateInput, List, SelectField, SelectInput, TextField, useRecordContext, useTranslate } from 'react-admin';
import { ActorField } from '../common/ActorField';
import { ListActions } from '../common/ListActions';
import { DateField } from '../i18n/fields';
import { TextInput } from '../i18n/inputs';
import { endOfDay, startOfDay } from '../common/dates';
import { ChangedFields } from './ChangesTable';
import { ACTION_CHOICES, ACTOR_TYPE_CHOICES, ENTITY_CHOICES, entityKey } from './choices';

/** The audited type in the reader's language; one the admin does not know by its class name. */
const EntityField = () => {
  const entry = useRecordContext<{ entity?: string }>();
  const translate = useTranslate();
  return entry?.entity ? <>{translate(entityKey(entry.entity), { _: entry.entity })}</> : null;
};

const filters = [
  <SelectInput key="entity" source="entity" choices={ENTITY_CHOICES} alwaysOn />,
  <TextInput key="operation" source="operation" helperText={false} placeholder="regie.audit.operation_placeholder" alwaysOn />,
  <DateInput key="at_gte" source="at_gte" parse={startOfDay} alwaysOn />,
  <DateInput key="at_lte" source="at_lte" parse={endOfDay} alwaysOn />,
  <SelectInput key="actorType" source="actorType" label="regie.audit.actor" choices={ACTOR_TYPE_CHOICES} />,
  <TextInput key="entityId" source="entityId" label="regie.audit.record_id" />,
];

// Read-only: the server writes the trail with every mutation.
export const AuditEntryList = () => (
  <List
    filters={filters}
    actions={<ListActions />}
    sort={{ field: 'at', order: 'DESC' }}
    perPage={25}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="at">
        <DateField source="at" showTime options={{ dateStyle: 'medium', timeStyle: 'medium' }} sx={{ whiteSpace: 'nowrap' }} />
      </DataTable.Col>
      <DataTable.Col source="actorName">
        <ActorField />
      </DataTable.Col>
      <DataTable.Col source="operation" />
      <DataTable.Col source="action">
        <SelectField source="action" choices={ACTION_CHOICES} />
      </DataTable.Col>
      <DataTable.Col source="entity">
        <EntityField />
      </DataTable.Col>
      <DataTable.Col source="entityId">
        <TextField source="entityId" />
      </DataTable.Col>
      <DataTable.Col label="regie.audit.changed_fields" disableSort>
        <ChangedFields />
      </DataTable.Col>
    </DataTable>
  </List>
);
