import { DataTable, DateField, DateInput, List, SelectField, SelectInput, TextField, TextInput } from 'react-admin';
import { ListActions } from '../common/ListActions';
import { endOfDay, startOfDay } from '../common/dates';
import { ChangedFields } from './ChangesTable';
import { ACTION_CHOICES, ACTOR_TYPE_CHOICES, ENTITY_CHOICES } from './choices';

const filters = [
  <SelectInput key="entity" source="entity" label="Type" choices={ENTITY_CHOICES} alwaysOn />,
  <TextInput key="operation" source="operation" helperText={false} placeholder="e.g. updateDepartment" alwaysOn />,
  <DateInput key="at_gte" source="at_gte" label="From" parse={startOfDay} alwaysOn />,
  <DateInput key="at_lte" source="at_lte" label="Until" parse={endOfDay} alwaysOn />,
  <SelectInput key="actorType" source="actorType" label="Actor" choices={ACTOR_TYPE_CHOICES} />,
  <TextInput key="entityId" source="entityId" label="Record id" />,
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
      <DataTable.Col source="at" label="When">
        <DateField source="at" showTime options={{ dateStyle: 'medium', timeStyle: 'medium' }} sx={{ whiteSpace: 'nowrap' }} />
      </DataTable.Col>
      <DataTable.Col source="actorName" label="Who" />
      <DataTable.Col source="operation" />
      <DataTable.Col source="action">
        <SelectField source="action" choices={ACTION_CHOICES} />
      </DataTable.Col>
      <DataTable.Col source="entity" label="Type" />
      <DataTable.Col source="entityId" label="Record">
        <TextField source="entityId" />
      </DataTable.Col>
      <DataTable.Col label="Changed fields" disableSort>
        <ChangedFields />
      </DataTable.Col>
    </DataTable>
  </List>
);
