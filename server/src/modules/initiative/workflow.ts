import { InitiativeStatus } from './initiative.enums.js';
import { EDITABLE_BY_DEPARTMENT as RULES_EDITABLE, TRANSITIONS, type Transition } from './workflow.rules.js';

export { TRANSITIONS, type Transition, type TransitionAction } from './workflow.rules.js';

/** Statuses in which a department (lead or token) may still edit its initiative. */
export const EDITABLE_BY_DEPARTMENT = RULES_EDITABLE as readonly InitiativeStatus[];

/** The statuses an initiative in `from` may move to, in table order. */
export function legalTargets(from: InitiativeStatus): InitiativeStatus[] {
  return TRANSITIONS.filter(tr => tr.from === from).map(tr => tr.to as InitiativeStatus);
}

export type TransitionPlan =
  | { kind: 'ok'; transition: Transition }
  | { kind: 'unchanged' }
  | { kind: 'illegal'; legal: InitiativeStatus[] }
  | { kind: 'regieOnly'; transition: Transition }
  | { kind: 'reasonRequired'; transition: Transition };

/**
 * Whether `from` → `to` may happen, for a regie member or not, with or without a reason.
 * The department-level rule (a lead acts for their own department only) is the caller's.
 */
export function planTransition(from: InitiativeStatus, to: InitiativeStatus, by: { regie: boolean; reason?: string | null }): TransitionPlan {
  if (from === to) return { kind: 'unchanged' };
  const transition = TRANSITIONS.find(tr => tr.from === from && tr.to === to);
  if (!transition) return { kind: 'illegal', legal: legalTargets(from) };
  if (transition.by === 'REGIE' && !by.regie) return { kind: 'regieOnly', transition };
  if (transition.needsReason && !by.reason?.trim()) return { kind: 'reasonRequired', transition };
  return { kind: 'ok', transition };
}
