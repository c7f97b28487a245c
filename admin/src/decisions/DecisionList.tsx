import { AutocompleteInput, DataTable, DateInput, List, ReferenceInput, SelectField, SelectInput, TextField } from 'react-admin';
import { ActorField } from '../common/ActorField';
import { ReferenceCol } from '../common/ReferenceCol';
import { endOfDay, startOfDay } from '../common/dates';
import { ListActions } from '../common/ListActions';
import { DateField } from '../i18n/fields';
import { ACTION_CHOICES } from './choices';
import { DecisionChange } from './DecisionChange';
import { InitiativeLink } from './InitiativeLink';
import { DecisionScoreWithModel } from './ScoreAtDecision';

const filters = [
  <ReferenceInput key="initiativeId" source="initiativeId" reference="Initiative" sort={{ field: 'title', order: 'ASC' }} alwaysOn>
    <AutocompleteInput sx={{ minWidth: 240 }} />
  </ReferenceInput>,
  <SelectInput key="action" source="action" choices={ACTION_CHOICES} alwaysOn />,
  <DateInput key="at_gte" source="at_gte" parse={startOfDay} alwaysOn />,
  <DateInput key="at_lte" source="at_lte" parse={endOfDay} alwaysOn />,
];

// Seven columns beside the menu: narrower cell padding leaves the initiative and the reason room to read.
const COMPACT = { '& .MuiTableCell-root': { px: 1 } } as const;

// Read-only: decisions are written by the governance steps on the initiative page.
export const DecisionList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'at', order: 'DESC' }} perPage={25}>
    <DataTable rowClick="show" bulkActionButtons={false} sx={COMPACT}>
      <DataTable.Col source="at" sx={{ whiteSpace: 'nowrap' }}>
        <DateField source="at" showTime options={{ dateStyle: 'medium', timeStyle: 'short' }} />
      </DataTable.Col>
      <ReferenceCol source="initiativeId" sortBy="initiative.title" sx={{ minWidth: 160 }}>
        <InitiativeLink />
      </ReferenceCol>
      <DataTable.Col source="action" sx={{ whiteSpace: 'nowrap' }}>
        <SelectField source="action" choices={ACTION_CHOICES} />
      </DataTable.Col>
      <DataTable.Col label="regie.decisions.change" disableSort>
        <DecisionChange />
      </DataTable.Col>
      <DataTable.Col source="actorName">
        <ActorField />
      </DataTable.Col>
      <DataTable.Col source="reason" disableSort sx={{ minWidth: 150 }}>
        <TextField source="reason" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="priorityScore" align="right">
        <DecisionScoreWithModel />
      </DataTable.Col>
    </DataTable>
  </List>
);
