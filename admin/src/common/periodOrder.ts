// KPI periods are months (`2026-11`) or quarters (`2026-Q4`). As text, `2026-Q4` sorts after every
// month of 2026 and `2026-Q1` after `2026-12`; here they compare as the stretches of time they
// cover, by first month, then by last (a month before the quarter that starts with it), as the
// server orders them. Pure, so the unit tests run it as is.

const PERIOD = /^(\d{4})-(?:(0[1-9]|1[0-2])|Q([1-4]))$/;

export interface PeriodSpan {
  /** Months since year 0 of the first month (January 2026 = 2026 × 12). */
  start: number;
  /** Of the last month. */
  end: number;
  kind: 'month' | 'quarter';
}

/** The months a period covers, or undefined for text that is not a period. */
export function periodSpan(period: string): PeriodSpan | undefined {
  const match = PERIOD.exec(period);
  if (!match) return undefined;
  const year = Number(match[1]) * 12;
  if (match[2]) {
    const month = year + Number(match[2]) - 1;
    return { start: month, end: month, kind: 'month' };
  }
  const first = year + (Number(match[3]) - 1) * 3;
  return { start: first, end: first + 2, kind: 'quarter' };
}

/** For sort(): by first month, then by last; text that is no period after the periods, as text. */
export function comparePeriods(a: string, b: string): number {
  const [x, y] = [periodSpan(a), periodSpan(b)];
  if (x && y) return x.start - y.start || x.end - y.end;
  if (x) return -1;
  if (y) return 1;
  return a.localeCompare(b);
}

/** The items in period order (a new array). */
export const sortByPeriod = <T extends { period: string }>(items: readonly T[]): T[] => [...items].sort((a, b) => comparePeriods(a.period, b.period));

/** The item of the latest period, or undefined when there are none. */
export const latestByPeriod = <T extends { period: string }>(items: readonly T[]): T | undefined => sortByPeriod(items).at(-1);

/** A period in words in `locale`: "Nov 2026" / "nov 2026", "Q4 2026"; anything else as it is. */
export function periodLabel(period: string, locale?: string): string {
  const span = periodSpan(period);
  if (!span) return period;
  const year = Math.floor(span.start / 12);
  if (span.kind === 'quarter') return `Q${(span.start % 12) / 3 + 1} ${year}`;
  return new Date(year, span.start % 12, 1).toLocaleDateString(locale, { month: 'short', year: 'numeric' });
}
