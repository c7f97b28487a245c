import { describe, expect, it } from '@jest/globals';
import { InitiativeStatus } from './initiative.enums.js';
import { legalTargets, planTransition, type TransitionAction } from './workflow.js';

const { PROPOSED, UNDER_REVIEW, APPROVED, IN_PROGRESS, DONE, REJECTED, PARKED } = InitiativeStatus;
const ALL = Object.values(InitiativeStatus);

/** DESIGN §1, written out by hand: [from, to, action, regie only, reason required]. */
const LEGAL: [InitiativeStatus, InitiativeStatus, TransitionAction, boolean, boolean][] = [
  [PROPOSED, UNDER_REVIEW, 'SUBMIT', false, false],
  [UNDER_REVIEW, PROPOSED, 'WITHDRAW', false, false],
  [UNDER_REVIEW, APPROVED, 'APPROVE', true, false],
  [APPROVED, IN_PROGRESS, 'START', true, false],
  [IN_PROGRESS, DONE, 'COMPLETE', true, false],
  [UNDER_REVIEW, REJECTED, 'REJECT', true, true],
  [APPROVED, REJECTED, 'REJECT', true, true],
  [UNDER_REVIEW, PARKED, 'PARK', true, true],
  [APPROVED, PARKED, 'PARK', true, true],
  [PARKED, UNDER_REVIEW, 'SUBMIT', false, false],
];

describe('the initiative workflow', () => {
  it.each(LEGAL)('%s → %s is %s', (from, to, action, regieOnly, needsReason) => {
    expect(planTransition(from, to, { regie: true, reason: 'because' })).toEqual({ kind: 'ok', transition: { from, to, action, by: regieOnly ? 'REGIE' : 'DEPARTMENT', needsReason } });
    expect(planTransition(from, to, { regie: false, reason: 'because' }).kind).toBe(regieOnly ? 'regieOnly' : 'ok');
    expect(planTransition(from, to, { regie: true }).kind).toBe(needsReason ? 'reasonRequired' : 'ok');
    expect(planTransition(from, to, { regie: true, reason: '   ' }).kind).toBe(needsReason ? 'reasonRequired' : 'ok');
  });

  // Every other pair of distinct statuses is illegal: 7 × 6 = 42 pairs, 10 of them legal.
  const illegal = ALL.flatMap(from => ALL.filter(to => to !== from).map(to => [from, to] as const)).filter(
    ([from, to]) => !LEGAL.some(([f, t]) => f === from && t === to),
  );

  it('has 32 illegal pairs', () => {
    expect(illegal).toHaveLength(32);
  });

  it.each(illegal)('%s → %s is illegal, for the regie team too', (from, to) => {
    expect(planTransition(from, to, { regie: true, reason: 'because' })).toEqual({ kind: 'illegal', legal: legalTargets(from) });
  });

  it.each(ALL)('%s → %s is no transition', status => {
    expect(planTransition(status, status, { regie: true })).toEqual({ kind: 'unchanged' });
  });

  it.each([
    [PROPOSED, [UNDER_REVIEW]],
    [UNDER_REVIEW, [PROPOSED, APPROVED, REJECTED, PARKED]],
    [APPROVED, [IN_PROGRESS, REJECTED, PARKED]],
    [IN_PROGRESS, [DONE]],
    [DONE, []],
    [REJECTED, []],
    [PARKED, [UNDER_REVIEW]],
  ])('from %s the legal targets are %j', (from, targets) => {
    expect(legalTargets(from)).toEqual(targets);
  });
});
