import type { NpsSummaryRow } from './types';

const MINUS = '\u2212';

/** One decimal, with a real minus sign; "—" when there is no NPS (no responses). */
export function formatNps(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  // Rounded first, so that −0.04 reads 0.0 rather than −0.0.
  const rounded = Math.round(value * 10) / 10 || 0;
  const text = Math.abs(rounded).toFixed(1);
  return rounded < 0 ? `${MINUS}${text}` : text;
}

/** A target as it was set: whole numbers without a decimal ("30", "−10"), others with one. */
export const formatTarget = (value: number | null | undefined): string =>
  value !== null && value !== undefined && Number.isInteger(value) ? formatNps(value).replace(/\.0$/, '') : formatNps(value);

/** The 95 % margin of error as "±5.1"; empty when there is none. */
export const formatMargin = (margin: number | null | undefined): string =>
  margin === null || margin === undefined || !Number.isFinite(margin) ? '' : `±${formatNps(margin)}`;

/** "23.4 ±5.1", or "—" without responses. */
export function formatNpsWithMargin(row: Pick<NpsSummaryRow, 'nps' | 'marginOfError'>): string {
  const margin = formatMargin(row.marginOfError);
  return row.nps === null ? '—' : margin ? `${formatNps(row.nps)} ${margin}` : formatNps(row.nps);
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

export function npsStatus(row: Pick<NpsSummaryRow, 'responses' | 'nps' | 'marginOfError' | 'insufficient' | 'gap'>): NpsStatus {
  if (row.responses === 0 || row.nps === null) return { kind: 'none', text: 'no responses' };
  if (row.insufficient) return { kind: 'insufficient', text: `insufficient (${row.responses})` };
  if (row.gap === null) return { kind: 'untargeted', text: 'no target' };
  const gap = Math.round(row.gap * 10) / 10 || 0;
  if (gap > 0) {
    const margin = row.marginOfError ?? 0;
    return row.gap <= margin
      ? { kind: 'withinMargin', text: `${formatNps(gap)} below target, within ${formatMargin(margin)}` }
      : { kind: 'below', text: `${formatNps(gap)} below target` };
  }
  return { kind: 'meets', text: gap === 0 ? 'on target' : `${formatNps(-gap)} above target` };
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

/** "2026-03" as "Mar 2026" (in `locale`); anything else as it is. */
export function monthLabel(month: string, locale?: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  return new Date(Number(match[1]), Number(match[2]) - 1, 1).toLocaleDateString(locale, { month: 'short', year: 'numeric' });
}

export type ScoreCategory = 'promoter' | 'passive' | 'detractor';

/** 9–10 promoter, 7–8 passive, 0–6 detractor (DESIGN §3). */
export const scoreCategory = (score: number): ScoreCategory => (score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor');
