import { InitiativeStatus } from './initiative.enums.js';

const { PROPOSED, UNDER_REVIEW, APPROVED, IN_PROGRESS, DONE, REJECTED, PARKED } = InitiativeStatus;

/** The Decision action a transition is logged as (a subset of DecisionAction). */
export type TransitionAction = 'SUBMIT' | 'WITHDRAW' | 'APPROVE' | 'START' | 'COMPLETE' | 'REJECT' | 'PARK';

export interface Transition {
  from: InitiativeStatus;
  to: InitiativeStatus;
  action: TransitionAction;
  /** DEPARTMENT: the regie team or the owning department's lead; REGIE: the regie team only. */
  by: 'DEPARTMENT' | 'REGIE';
  /** Refusing or shelving someone's initiative must say why in the governance log. */
  needsReason: boolean;
}

const t = (from: InitiativeStatus, to: InitiativeStatus, action: TransitionAction, by: Transition['by'], needsReason = false): Transition =>
  ({ from, to, action, by, needsReason });

/** The status flow of DESIGN §1: every legal move, and nothing else. */
export const TRANSITIONS: readonly Transition[] = [
  t(PROPOSED, UNDER_REVIEW, 'SUBMIT', 'DEPARTMENT'),
  t(UNDER_REVIEW, PROPOSED, 'WITHDRAW', 'DEPARTMENT'),
  t(UNDER_REVIEW, APPROVED, 'APPROVE', 'REGIE'),
  t(APPROVED, IN_PROGRESS, 'START', 'REGIE'),
  t(IN_PROGRESS, DONE, 'COMPLETE', 'REGIE'),
  t(UNDER_REVIEW, REJECTED, 'REJECT', 'REGIE', true),
  t(APPROVED, REJECTED, 'REJECT', 'REGIE', true),
  t(UNDER_REVIEW, PARKED, 'PARK', 'REGIE', true),
  t(APPROVED, PARKED, 'PARK', 'REGIE', true),
  t(PARKED, UNDER_REVIEW, 'SUBMIT', 'DEPARTMENT'),
];

/** Statuses in which a department (lead or token) may still edit its initiative. */
export const EDITABLE_BY_DEPARTMENT: readonly InitiativeStatus[] = [PROPOSED, UNDER_REVIEW];

/** The statuses an initiative in `from` may move to, in table order. */
export function legalTargets(from: InitiativeStatus): InitiativeStatus[] {
  return TRANSITIONS.filter(tr => tr.from === from).map(tr => tr.to);
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
