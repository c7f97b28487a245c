import { Box } from '@mui/material';
import { ArrayField, DataTable, DateField, SelectField, TextField } from 'react-admin';
import { ACTION_CHOICES } from '../decisions/choices';
import { DecisionChange } from '../decisions/DecisionChange';
import { DecisionModelVersion, DecisionScore } from '../decisions/ScoreAtDecision';

/** The initiative's governance log, newest first (as the server orders `decisions`), with the score each decision was made at. */
export const DecisionHistory = () => (
  <Box data-testid="decision-history" sx={{ maxWidth: 1100 }}>
    <ArrayField source="decisions">
      <DataTable bulkActionButtons={false} rowClick={false} empty={<>No decisions yet.</>}>
        <DataTable.Col source="at" label="When" disableSort sx={{ whiteSpace: 'nowrap', width: 180 }}>
          <DateField source="at" showTime options={{ dateStyle: 'medium', timeStyle: 'short' }} />
        </DataTable.Col>
        <DataTable.Col source="action" disableSort sx={{ whiteSpace: 'nowrap' }}>
          <SelectField source="action" choices={ACTION_CHOICES} />
        </DataTable.Col>
        <DataTable.Col label="Change" disableSort>
          <DecisionChange />
        </DataTable.Col>
        <DataTable.Col source="actorName" label="Who" disableSort />
        <DataTable.Col source="reason" disableSort>
          <TextField source="reason" emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="priorityScore" label="Score then" disableSort align="right" sx={{ whiteSpace: 'nowrap' }}>
          <DecisionScore />
        </DataTable.Col>
        <DataTable.Col source="modelVersion" label="Model" disableSort align="right">
          <DecisionModelVersion />
        </DataTable.Col>
      </DataTable>
    </ArrayField>
  </Box>
);
