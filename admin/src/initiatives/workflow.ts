// The status flow of DESIGN §1, as the server's modules/initiative/workflow.ts has it (that file
// cannot be imported here: it pulls in type-graphql). The server decides; this only chooses
// which buttons to offer.

export const STATUSES = ['PROPOSED', 'UNDER_REVIEW', 'APPROVED', 'IN_PROGRESS', 'DONE', 'REJECTED', 'PARKED'] as const;
export type Status = (typeof STATUSES)[number];

export interface Move {
  from: Status;
  to: Status;
  /** The Decision it is logged as. */
  action: 'SUBMIT' | 'WITHDRAW' | 'APPROVE' | 'START' | 'COMPLETE' | 'REJECT' | 'PARK';
  /** `transition`: the owning department's lead or the regie team; `decide`: the regie team only (canAccess actions). */
  needs: 'transition' | 'decide';
  /** Refusing or shelving someone's initiative says why in the governance log. */
  needsReason: boolean;
  /** The button's words. */
  label: string;
}

const move = (from: Status, to: Status, action: Move['action'], needs: Move['needs'], label: string, needsReason = false): Move => ({
  from,
  to,
  action,
  needs,
  needsReason,
  label,
});

export const MOVES: readonly Move[] = [
  move('PROPOSED', 'UNDER_REVIEW', 'SUBMIT', 'transition', 'Submit for review'),
  move('UNDER_REVIEW', 'PROPOSED', 'WITHDRAW', 'transition', 'Withdraw'),
  move('UNDER_REVIEW', 'APPROVED', 'APPROVE', 'decide', 'Approve'),
  move('APPROVED', 'IN_PROGRESS', 'START', 'decide', 'Start'),
  move('IN_PROGRESS', 'DONE', 'COMPLETE', 'decide', 'Complete'),
  move('UNDER_REVIEW', 'REJECTED', 'REJECT', 'decide', 'Reject', true),
  move('APPROVED', 'REJECTED', 'REJECT', 'decide', 'Reject', true),
  move('UNDER_REVIEW', 'PARKED', 'PARK', 'decide', 'Park', true),
  move('APPROVED', 'PARKED', 'PARK', 'decide', 'Park', true),
  move('PARKED', 'UNDER_REVIEW', 'SUBMIT', 'transition', 'Submit for review again'),
];

/** The moves out of `status` that someone may make, given what canAccess allows them. */
export function movesFrom(status: unknown, may: Readonly<Record<Move['needs'], boolean>>): Move[] {
  return MOVES.filter(m => m.from === status && may[m.needs]);
}
