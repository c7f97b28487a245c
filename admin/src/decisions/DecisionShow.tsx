import { DateField, Labeled, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { ACTION_CHOICES } from './choices';
import { DecisionChange } from './DecisionChange';
import { InitiativeLink } from './InitiativeLink';
import { DecisionModelVersion, DecisionScore } from './ScoreAtDecision';

const ACTOR_TYPES = [
  { id: 'PERSON', name: 'Person' },
  { id: 'API_TOKEN', name: 'API token' },
];

// No edit, no delete: the governance log is written once and kept.
export const DecisionShow = () => (
  <Show actions={false}>
    <SimpleShowLayout>
      <Labeled label="Initiative">
        <InitiativeLink />
      </Labeled>
      <SelectField source="action" choices={ACTION_CHOICES} />
      <Labeled label="Change">
        <DecisionChange />
      </Labeled>
      <TextField source="reason" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
      <TextField source="actorName" label="Who" />
      <SelectField source="actorType" label="Acting as" choices={ACTOR_TYPES} />
      <DateField source="at" label="When" showTime />
      <Labeled label="Priority score then">
        <DecisionScore />
      </Labeled>
      <Labeled label="Scoring model version">
        <DecisionModelVersion />
      </Labeled>
    </SimpleShowLayout>
  </Show>
);
