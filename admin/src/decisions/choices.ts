/** What a decision did (DecisionAction); the names are translation keys (messages.ts), which SelectField translates. */
export const DECISION_ACTIONS = ['SUBMIT', 'WITHDRAW', 'APPROVE', 'REJECT', 'PARK', 'START', 'COMPLETE', 'PIN_RANK', 'UNPIN', 'COMMENT'] as const;

export const actionKey = (action: string) => `regie.decisions.action.${action}`;

export const ACTION_CHOICES = DECISION_ACTIONS.map(id => ({ id, name: actionKey(id) }));

/** Who acted: a person, or an integration with an API token. */
export const ACTOR_TYPE_CHOICES = ['PERSON', 'API_TOKEN'].map(id => ({ id, name: `regie.decisions.actor.${id}` }));
