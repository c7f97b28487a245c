/**
 * The initiative status flow of DESIGN §1 as plain data, without imports: the server enforces it
 * (workflow.ts) and the admin offers its buttons from the same table.
 */
export const INITIATIVE_STATUSES = ['PROPOSED', 'UNDER_REVIEW', 'APPROVED', 'IN_PROGRESS', 'DONE', 'REJECTED', 'PARKED'] as const;
export type StatusName = (typeof INITIATIVE_STATUSES)[number];

/** The Decision action a transition is logged as (a subset of DecisionAction). */
export type TransitionAction = 'SUBMIT' | 'WITHDRAW' | 'APPROVE' | 'START' | 'COMPLETE' | 'REJECT' | 'PARK';

export interface Transition {
  from: StatusName;
  to: StatusName;
  action: TransitionAction;
  /** DEPARTMENT: the regie team or the owning department's lead; REGIE: the regie team only. */
  by: 'DEPARTMENT' | 'REGIE';
  /** Refusing or shelving someone's initiative must say why in the governance log. */
  needsReason: boolean;
}

const t = (from: StatusName, to: StatusName, action: TransitionAction, by: Transition['by'], needsReason = false): Transition => ({
  from,
  to,
  action,
  by,
  needsReason,
});

/** Every legal move, and nothing else. */
export const TRANSITIONS: readonly Transition[] = [
  t('PROPOSED', 'UNDER_REVIEW', 'SUBMIT', 'DEPARTMENT'),
  t('UNDER_REVIEW', 'PROPOSED', 'WITHDRAW', 'DEPARTMENT'),
  t('UNDER_REVIEW', 'APPROVED', 'APPROVE', 'REGIE'),
  t('APPROVED', 'IN_PROGRESS', 'START', 'REGIE'),
  t('IN_PROGRESS', 'DONE', 'COMPLETE', 'REGIE'),
  t('UNDER_REVIEW', 'REJECTED', 'REJECT', 'REGIE', true),
  t('APPROVED', 'REJECTED', 'REJECT', 'REGIE', true),
  t('UNDER_REVIEW', 'PARKED', 'PARK', 'REGIE', true),
  t('APPROVED', 'PARKED', 'PARK', 'REGIE', true),
  t('PARKED', 'UNDER_REVIEW', 'SUBMIT', 'DEPARTMENT'),
];

/** Statuses in which a department (lead or token) may still edit its initiative. */
export const EDITABLE_BY_DEPARTMENT: readonly StatusName[] = ['PROPOSED', 'UNDER_REVIEW'];
