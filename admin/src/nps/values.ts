import { formatters, intlLocale } from '../common/format.ts';
import { translatorOf, type Wording } from '../i18n/translation.ts';
import { messages } from './messages.ts';
import type { NpsSummaryRow } from './types';

/** The English of these functions when no reader's language is given (and in the unit tests). */
export const ENGLISH: Wording = { translate: translatorOf(messages.en), locale: 'en' };

/** One decimal, with a real minus sign, in the locale ("23.4", "23,4"); "—" when there is no NPS (no responses). */
export const formatNps = (value: number | null | undefined, locale = 'en'): string => formatters(locale).nps(value);

/** A target as it was set: whole numbers without a decimal ("30", "−10"), others with one. */
export const formatTarget = (value: number | null | undefined, locale = 'en'): string =>
  value !== null && value !== undefined && Number.isInteger(value) ? formatters(locale).number(value, 0) : formatNps(value, locale);

/** The 95 % margin of error as "±5.1"; empty when there is none. */
export const formatMargin = (margin: number | null | undefined, locale = 'en'): string => formatters(locale).margin(margin);

/** "23.4 ±5.1", or "—" without responses. */
export function formatNpsWithMargin(row: Pick<NpsSummaryRow, 'nps' | 'marginOfError'>, locale = 'en'): string {
  const margin = formatMargin(row.marginOfError, locale);
  return row.nps === null ? '—' : margin ? `${formatNps(row.nps, locale)} ${margin}` : formatNps(row.nps, locale);
}

/**
 * Where a group stands against its target, in words (colour only repeats them):
 * - `none`: no responses at all;
 * - `insufficient`: fewer than the model's minimum, shown with the count but not judged;
 * - `untargeted`: no target applies;
 * - `below`: short of the target by more than the margin of error (what the scoring counts, DESIGN §2);
 * - `withinMargin`: short of it, but within the noise;
 * - `meets`: at or above the target.
 */
export type NpsStatusKind = 'none' | 'insufficient' | 'untargeted' | 'below' | 'withinMargin' | 'meets';

export interface NpsStatus {
  kind: NpsStatusKind;
  text: string;
}

export function npsStatus(row: Pick<NpsSummaryRow, 'responses' | 'nps' | 'marginOfError' | 'insufficient' | 'gap'>, { translate, locale }: Wording = ENGLISH): NpsStatus {
  const say = (kind: NpsStatusKind, key: string, values?: Record<string, unknown>) => ({ kind, text: translate(`regie.nps.status.${key}`, values) });
  if (row.responses === 0 || row.nps === null) return say('none', 'none');
  if (row.insufficient) return say('insufficient', 'insufficient', { responses: formatters(locale).number(row.responses, 0) });
  if (row.gap === null) return say('untargeted', 'untargeted');
  const gap = Math.round(row.gap * 10) / 10 || 0;
  if (gap > 0) {
    const margin = row.marginOfError ?? 0;
    return row.gap <= margin
      ? say('withinMargin', 'within_margin', { gap: formatNps(gap, locale), margin: formatMargin(margin, locale) })
      : say('below', 'below', { gap: formatNps(gap, locale) });
  }
  return gap === 0 ? say('meets', 'on_target') : say('meets', 'above', { gap: formatNps(-gap, locale) });
}

/**
 * A chart's NPS axis: around `values` (NPS, interval ends, target) with some room, in steps of 10,
 * within −100 to 100; the full scale when there is nothing to show.
 */
export function valueDomain(values: readonly (number | null | undefined)[]): [number, number] {
  const known = values.filter((value): value is number => typeof value === 'number' && Number.isFinite(value));
  if (known.length === 0) return [-100, 100];
  const low = Math.max(-100, Math.floor((Math.min(...known) - 5) / 10) * 10);
  const high = Math.min(100, Math.ceil((Math.max(...known) + 5) / 10) * 10);
  return [low, high];
}

/** Round ticks for an NPS axis: every 10, 20 or 50 points, so that there are about five to ten of them. */
export function axisTicks([low, high]: [number, number]): number[] {
  const span = high - low;
  const step = span <= 60 ? 10 : span <= 120 ? 20 : 50;
  const ticks: number[] = [];
  for (let tick = Math.ceil(low / step) * step; tick <= high; tick += step) ticks.push(tick);
  return ticks;
}

const DAY_MS = 86_400_000;

/** A date as the local calendar day, YYYY-MM-DD. */
export function calendarDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The last `days` calendar days up to and including today, as npsSummary's inclusive from and to. */
export function lastDays(days: number, today: Date = new Date()): { from: string; to: string } {
  const noon = new Date(today.getFullYear(), today.getMonth(), today.getDate(), 12);
  return { from: calendarDay(new Date(noon.getTime() - (days - 1) * DAY_MS)), to: calendarDay(noon) };
}

/** "2026-03" as "Mar 2026" ("mrt 2026" in Dutch); anything else as it is. */
export function monthLabel(month: string, locale = 'en'): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  return new Date(Number(match[1]), Number(match[2]) - 1, 1).toLocaleDateString(intlLocale(locale), { month: 'short', year: 'numeric' });
}

export type ScoreCategory = 'promoter' | 'passive' | 'detractor';

/** 9–10 promoter, 7–8 passive, 0–6 detractor (DESIGN §3). */
export const scoreCategory = (score: number): ScoreCategory => (score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor');
