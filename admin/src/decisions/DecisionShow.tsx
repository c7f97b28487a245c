import { Labeled, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { ActorField } from '../common/ActorField';
import { DateField } from '../i18n/fields';
import { ACTION_CHOICES, ACTOR_TYPE_CHOICES } from './choices';
import { DecisionChange } from './DecisionChange';
import { InitiativeLink } from './InitiativeLink';
import { DecisionModelVersion, DecisionScore } from './ScoreAtDecision';

// No edit, no delete: the governance log is written once and kept.
export const DecisionShow = () => (
  <Show actions={false}>
    <SimpleShowLayout>
      <Labeled label="resources.Decision.fields.initiativeId">
        <InitiativeLink />
      </Labeled>
      <SelectField source="action" choices={ACTION_CHOICES} />
      <Labeled label="regie.decisions.change">
        <DecisionChange />
      </Labeled>
      <TextField source="reason" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
      <ActorField source="actorName" />
      <SelectField source="actorType" choices={ACTOR_TYPE_CHOICES} />
      <DateField source="at" showTime />
      <Labeled label="regie.decisions.score_then">
        <DecisionScore />
      </Labeled>
      <Labeled label="regie.decisions.model_version">
        <DecisionModelVersion />
      </Labeled>
    </SimpleShowLayout>
  </Show>
);
