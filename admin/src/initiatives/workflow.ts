// The status flow of DESIGN §1 comes from the server's own table (an import-free file), so the
// buttons offered here are exactly the moves the server allows. The server still decides.
import { INITIATIVE_STATUSES, TRANSITIONS, type StatusName, type Transition } from '../../../server/src/modules/initiative/workflow.rules.ts';

export const STATUSES = INITIATIVE_STATUSES;
export type Status = StatusName;

export interface Move {
  from: Status;
  to: Status;
  /** The Decision it is logged as. */
  action: Transition['action'];
  /** `transition`: the owning department's lead or the regie team; `decide`: the regie team only (canAccess actions). */
  needs: 'transition' | 'decide';
  /** Refusing or shelving someone's initiative says why in the governance log. */
  needsReason: boolean;
  /** The button's words, as a translation key (messages.ts). */
  label: string;
}

export const MOVES: readonly Move[] = TRANSITIONS.map(({ from, to, action, by, needsReason }) => ({
  from,
  to,
  action,
  needs: by === 'REGIE' ? 'decide' : 'transition',
  needsReason,
  label: `regie.initiatives.transition.${from === 'PARKED' && action === 'SUBMIT' ? 'SUBMIT_AGAIN' : action}`,
}));

/** The moves out of `status` that someone may make, given what canAccess allows them. */
export function movesFrom(status: unknown, may: Readonly<Record<Move['needs'], boolean>>): Move[] {
  return MOVES.filter(m => m.from === status && may[m.needs]);
}
