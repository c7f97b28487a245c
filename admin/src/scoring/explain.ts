// A score in words and numbers (DESIGN §2: every score is explainable). Plain functions of the
// API's breakdown, shared by the roadmap, the initiative page and the initiative form.
import { IMPACT_LEVELS } from '../initiatives/choices.ts';
import { formatNps, formatNpsWithMargin, formatTarget } from '../nps/values.ts';
import type { ScoreBreakdown, ScoreTerm } from './types';

const MINUS = '\u2212';

/** Two decimals, the precision scores are compared at; "—" for no number. */
export const formatScore = (value: number | null | undefined): string =>
  value === null || value === undefined || !Number.isFinite(value) ? '—' : (Math.round(value * 100) / 100 || 0).toFixed(2).replace('-', MINUS);

/** A factor as a multiplication: ×1.18, ×1.2, ×1. */
export const formatFactor = (value: number): string => `×${trimmed(value, 2)}`;

/** A fraction as a percentage: 0.85 → "85 %". */
export const formatPercent = (fraction: number): string => `${trimmed(fraction * 100, 1)} %`;

/** Person-weeks as people write them: 8, 3.5, 0.25. */
export const formatWeeks = (value: number): string => trimmed(value, 2);

function trimmed(value: number, decimals: number): string {
  const text = (Math.round(value * 10 ** decimals) / 10 ** decimals || 0).toFixed(decimals);
  return (text.includes('.') ? text.replace(/\.?0+$/, '') : text).replace('-', MINUS);
}

/** "High" for HIGH; an unknown level as it is. */
export const levelName = (level: string): string => IMPACT_LEVELS.find(known => known.id === level)?.name ?? level;

/**
 * Why the stage's gap factor is what it is: the shortfall beyond the margin of error that counts,
 * or the server's reason when it does not (no target, too few responses, meets its target, within the margin).
 */
export function gapWords(term: Pick<ScoreTerm, 'gapReason' | 'target' | 'actualNps' | 'marginOfError'>): string {
  if (term.gapReason) return term.gapReason;
  if (term.target === null || term.actualNps === null || term.marginOfError === null) return 'below target';
  return `${formatNps(term.target - term.actualNps - term.marginOfError)} points below target beyond the margin`;
}

/** "Connection at the new address: importance 5, reach 85 %, 3.9 points below target beyond the margin → ×1.04". */
export const termSentence = (term: ScoreTerm): string =>
  `${term.stageName}: importance ${term.importance}, reach ${formatPercent(term.reach)}, ${gapWords(term)} → ${formatFactor(term.gapFactor)}`;

/** What the gap factor was computed from: "NPS 14.4 ±6.7 against target 25, from 582 responses". */
export function npsWords(term: Pick<ScoreTerm, 'actualNps' | 'marginOfError' | 'target' | 'responses'>): string {
  const target = term.target === null ? 'no target' : `target ${formatTarget(term.target)}`;
  if (term.actualNps === null) return `no responses in the window, ${target}`;
  const responses = `${term.responses.toLocaleString('en-GB')} ${term.responses === 1 ? 'response' : 'responses'}`;
  return `NPS ${formatNpsWithMargin({ nps: term.actualNps, marginOfError: term.marginOfError })} against ${target}, from ${responses}`;
}

/** The term's arithmetic, level × W with W = I × R × G: "High 2 × (5 × 0.85 × 1.04) = 8.83". */
export const termArithmetic = (term: ScoreTerm): string =>
  `${levelName(term.level)} ${trimmed(term.levelValue, 2)} × (${term.importance} × ${trimmed(term.reach, 2)} × ${trimmed(term.gapFactor, 2)}) = ${formatScore(term.contribution)}`;

/** B in words: "commercial value 4 of 5 → ×1.25". */
export const businessWords = ({ commercialValue, businessFactor }: Pick<ScoreBreakdown, 'commercialValue' | 'businessFactor'>): string =>
  `commercial value ${commercialValue} of 5${commercialValue === 3 ? ' (neutral)' : ''} → ${formatFactor(businessFactor)}`;

/** P's arithmetic: "13.15 × 80 % × 1.25 ÷ 8 person-weeks = 1.64". */
export const formulaWords = (score: ScoreBreakdown): string =>
  `${formatScore(score.journeyImpact)} × ${formatPercent(score.confidence)} × ${trimmed(score.businessFactor, 2)} ÷ ${formatWeeks(score.effort)} person-weeks = ${formatScore(score.priorityScore)}`;
