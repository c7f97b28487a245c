import { Box } from '@mui/material';
import { ArrayField, DataTable, SelectField, TextField, useTranslate } from 'react-admin';
import { ActorField } from '../common/ActorField';
import { DateField } from '../i18n/fields';
import { ACTION_CHOICES } from '../decisions/choices';
import { DecisionChange } from '../decisions/DecisionChange';
import { DecisionModelVersion, DecisionScore } from '../decisions/ScoreAtDecision';

/** The initiative's governance log, newest first (as the server orders `decisions`), with the score each decision was made at. */
export const DecisionHistory = () => {
  const translate = useTranslate();
  return (
    <Box data-testid="decision-history" sx={{ maxWidth: 1100 }}>
      <ArrayField source="decisions">
        <DataTable bulkActionButtons={false} rowClick={false} empty={<>{translate('regie.initiatives.history.empty')}</>}>
          <DataTable.Col source="at" label="regie.initiatives.history.when" disableSort sx={{ whiteSpace: 'nowrap', width: 180 }}>
            <DateField source="at" showTime options={{ dateStyle: 'medium', timeStyle: 'short' }} />
          </DataTable.Col>
          <DataTable.Col source="action" label="resources.Decision.fields.action" disableSort sx={{ whiteSpace: 'nowrap' }}>
            <SelectField source="action" choices={ACTION_CHOICES} />
          </DataTable.Col>
          <DataTable.Col label="regie.initiatives.history.change" disableSort>
            <DecisionChange />
          </DataTable.Col>
          <DataTable.Col source="actorName" label="regie.initiatives.history.who" disableSort>
            <ActorField />
          </DataTable.Col>
          <DataTable.Col source="reason" label="resources.Decision.fields.reason" disableSort>
            <TextField source="reason" emptyText="—" />
          </DataTable.Col>
          <DataTable.Col source="priorityScore" label="regie.initiatives.history.score_then" disableSort align="right" sx={{ whiteSpace: 'nowrap' }}>
            <DecisionScore />
          </DataTable.Col>
          <DataTable.Col source="modelVersion" label="regie.initiatives.history.model" disableSort align="right">
            <DecisionModelVersion />
          </DataTable.Col>
        </DataTable>
      </ArrayField>
    </Box>
  );
};
