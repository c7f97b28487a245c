import { intlLocale } from '../common/format.ts';
import { translatorOf, type Wording } from '../i18n/translation.ts';
import { formatNps } from '../nps/values.ts';
import { messages } from './messages.ts';

/** The English of these functions when no reader's language is given (and in the unit tests). */
const ENGLISH: Wording = { translate: translatorOf(messages.en), locale: 'en' };

/** NPS of one stage over one window (NpsWindow); `from` and `to` are inclusive days, YYYY-MM-DD. */
export interface NpsWindow {
  from: string;
  to: string;
  responses: number;
  nps: number | null;
  marginOfError: number | null;
}

/** What a done initiative did to one stage it touched (realisedImpact, DESIGN §3). */
export interface RealisedStageImpact {
  stageId: string;
  stage: { id: string; name: string; position: number; journey: { id: string; name: string } };
  expectedLevel: string;
  before: NpsWindow;
  after: NpsWindow;
  /** after − before; null when either window has no responses. */
  difference: number | null;
  /** Beyond noise by the two-period test. */
  significant: boolean;
}

export type RealisedVerdictKind = 'rise' | 'fall' | 'unchanged' | 'insufficient';

export interface RealisedVerdict {
  kind: RealisedVerdictKind;
  text: string;
}

/**
 * What the change means, in words (colour only repeats them). A window with fewer than
 * `minResponses` responses is reported but not judged, whatever the test says (DESIGN §3).
 */
export function realisedVerdict(
  row: Pick<RealisedStageImpact, 'before' | 'after' | 'difference' | 'significant'>,
  minResponses = 1,
  { translate }: Wording = ENGLISH,
): RealisedVerdict {
  const verdict = (kind: RealisedVerdictKind) => ({ kind, text: translate(`regie.initiatives.realised.verdicts.${kind}`) });
  const least = Math.max(1, minResponses);
  if (row.difference === null || row.before.responses < least || row.after.responses < least) {
    return verdict('insufficient');
  }
  if (!row.significant) return verdict('unchanged');
  return verdict(row.difference > 0 ? 'rise' : 'fall');
}

/** A difference with its sign: "+12.3", "−4.0", "0.0"; "—" when there is none. */
export function formatDifference(value: number | null | undefined, locale = 'en'): string {
  const text = formatNps(value, locale);
  return typeof value === 'number' && Math.round(value * 10) / 10 > 0 ? `+${text}` : text;
}

const DAY_MS = 86_400_000;

/** How many days a window spans, both ends included. */
export function windowLength({ from, to }: Pick<NpsWindow, 'from' | 'to'>): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

/** "2026-03-05" as a calendar day in the admin language `locale` ("5 Mar 2026", "5 mrt 2026"); anything else as it is. */
export function dayLabel(day: string, locale = 'en'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).toLocaleDateString(intlLocale(locale), { day: 'numeric', month: 'short', year: 'numeric' });
}

/** The rows in journey order (by name), stages in their journey's order. */
export const inJourneyOrder = (rows: readonly RealisedStageImpact[]): RealisedStageImpact[] =>
  [...rows].sort((a, b) => a.stage.journey.name.localeCompare(b.stage.journey.name) || a.stage.position - b.stage.position);
