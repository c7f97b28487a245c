// A score in words and numbers (DESIGN §2: every score is explainable). Plain functions of the
// API's breakdown, shared by the roadmap, the initiative page and the initiative form. Each takes
// the reader's language (a Wording: translate and locale); English when none is given.
import { formatters } from '../common/format.ts';
import { levelKey } from '../initiatives/choices.ts';
import { messages as initiativeMessages } from '../initiatives/messages.ts';
import { mergeMessages, translatorOf, type Wording } from '../i18n/translation.ts';
import { formatNps, formatNpsWithMargin, formatTarget } from '../nps/values.ts';
import { messages } from './messages.ts';
import type { ScoreBreakdown, ScoreTerm } from './types';

/** The English of these functions when no reader's language is given (and in the unit tests). */
export const ENGLISH: Wording = { translate: translatorOf(mergeMessages(messages.en, initiativeMessages.en)), locale: 'en' };

/** A number with at most `decimals` decimals, trailing zeros dropped: 8, 3.5, 0.25 (3,5 in Dutch). */
const trimmed = (value: number, decimals: number, locale: string): string => formatters(locale).number(value, decimals);

/** Two decimals, the precision scores are compared at; "—" for no number. */
export const formatScore = (value: number | null | undefined, locale = 'en'): string => formatters(locale).number(value, 2, true);

/** A factor as a multiplication: ×1.18, ×1.2, ×1. */
export const formatFactor = (value: number, locale = 'en'): string => `×${trimmed(value, 2, locale)}`;

/** A fraction as a percentage: 0.85 → "85 %" (Dutch: "85%"). */
export const formatPercent = (fraction: number, locale = 'en'): string => {
  const number = trimmed(fraction * 100, 1, locale);
  return locale === 'nl' ? `${number}%` : `${number} %`;
};

/** Person-weeks as people write them: 8, 3.5, 0.25. */
export const formatWeeks = (value: number, locale = 'en'): string => trimmed(value, 2, locale);

/** "High" for HIGH; an unknown level as it is. */
export const levelName = (level: string, { translate }: Wording = ENGLISH): string => translate(levelKey(level), { _: level });

// The server's reasons for a gap factor of 1 (scoring.maths.ts), read back into the reader's words.
const TOO_FEW = /^fewer than (\d+) responses \((\d+)\)$/;
const SERVER_REASONS: Readonly<Record<string, string>> = {
  'no target': 'no_target',
  'meets its target': 'meets',
  'shortfall within the margin of error': 'within',
};

/**
 * Why the stage's gap factor is what it is: the shortfall beyond the margin of error that counts,
 * or the server's reason when it does not (no target, too few responses, meets its target, within the margin).
 */
export function gapWords(term: Pick<ScoreTerm, 'gapReason' | 'target' | 'actualNps' | 'marginOfError'>, { translate, locale }: Wording = ENGLISH): string {
  if (term.gapReason) {
    const tooFew = TOO_FEW.exec(term.gapReason);
    if (tooFew) return translate('regie.scoring.explain.gap.too_few', { min: tooFew[1], responses: tooFew[2] });
    const known = SERVER_REASONS[term.gapReason];
    return known ? translate(`regie.scoring.explain.gap.${known}`) : term.gapReason;
  }
  if (term.target === null || term.actualNps === null || term.marginOfError === null) return translate('regie.scoring.explain.below_target');
  return translate('regie.scoring.explain.points_below', { points: formatNps(term.target - term.actualNps - term.marginOfError, locale) });
}

/** "Connection at the new address: importance 5, reach 85 %, 3.9 points below target beyond the margin → ×1.04". */
export const termSentence = (term: ScoreTerm, wording: Wording = ENGLISH): string =>
  wording.translate('regie.scoring.explain.term', {
    stage: term.stageName,
    importance: term.importance,
    reach: formatPercent(term.reach, wording.locale),
    gap: gapWords(term, wording),
    factor: formatFactor(term.gapFactor, wording.locale),
  });

/** What the gap factor was computed from: "NPS 14.4 ±6.7 against target 25, from 582 responses". */
export function npsWords(term: Pick<ScoreTerm, 'actualNps' | 'marginOfError' | 'target' | 'responses'>, { translate, locale }: Wording = ENGLISH): string {
  const target = term.target === null ? translate('regie.scoring.explain.no_target') : translate('regie.scoring.explain.target', { target: formatTarget(term.target, locale) });
  if (term.actualNps === null) return translate('regie.scoring.explain.no_responses', { target });
  const responses = translate('regie.scoring.explain.responses', { smart_count: term.responses, count: formatters(locale).number(term.responses, 0) });
  return translate('regie.scoring.explain.nps', { nps: formatNpsWithMargin({ nps: term.actualNps, marginOfError: term.marginOfError }, locale), target, responses });
}

/** The term's arithmetic, level × W with W = I × R × G: "High 2 × (5 × 0.85 × 1.04) = 8.83". */
export const termArithmetic = (term: ScoreTerm, wording: Wording = ENGLISH): string => {
  const { locale } = wording;
  return `${levelName(term.level, wording)} ${trimmed(term.levelValue, 2, locale)} × (${term.importance} × ${trimmed(term.reach, 2, locale)} × ${trimmed(term.gapFactor, 2, locale)}) = ${formatScore(term.contribution, locale)}`;
};

/** B in words: "commercial value 4 of 5 → ×1.25". */
export const businessWords = ({ commercialValue, businessFactor }: Pick<ScoreBreakdown, 'commercialValue' | 'businessFactor'>, { translate, locale }: Wording = ENGLISH): string =>
  translate('regie.scoring.explain.business', {
    value: commercialValue,
    neutral: commercialValue === 3 ? translate('regie.scoring.explain.neutral') : '',
    factor: formatFactor(businessFactor, locale),
  });

/** P's arithmetic: "13.15 × 80 % × 1.25 ÷ 8 person-weeks = 1.64". */
export const formulaWords = (score: ScoreBreakdown, { translate, locale }: Wording = ENGLISH): string =>
  translate('regie.scoring.explain.formula', {
    journeyImpact: formatScore(score.journeyImpact, locale),
    confidence: formatPercent(score.confidence, locale),
    business: trimmed(score.businessFactor, 2, locale),
    effort: formatWeeks(score.effort, locale),
    score: formatScore(score.priorityScore, locale),
  });
