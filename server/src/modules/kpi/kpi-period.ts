/**
 * KPI periods are months (`2026-11`) or quarters (`2026-Q4`), and compare as the stretches of
 * time they cover, never as text (as text, `2026-Q4` sorts after every month of the year). Each
 * period has a first day and a last day:
 *
 * - `period_gte: P` keeps the periods that start on or after P's first day, so `2026-Q4` keeps
 *   2026-10, 2026-11, 2026-12, 2026-Q4 and later, not 2026-09 or 2026-Q3;
 * - `period_lte: P` keeps the periods that end on or before P's last day, so `2026-11` keeps
 *   2026-11 and earlier months and 2026-Q3, not 2026-Q4 (which runs to 2026-12-31);
 * - the order of periods is by first day, then by last day: a month before the quarter that
 *   starts with it (2026-10, 2026-Q4, 2026-11, 2026-12, 2027-01).
 *
 * The database keeps both days beside the period (generated columns, below), so filters and
 * sorting use an index-friendly date and the rule is written once for SQL and once here.
 */

/** The first and last day (YYYY-MM-DD) of a period; the period must match PERIOD. */
export function periodBounds(period: string): { start: string; end: string } {
  const year = Number(period.slice(0, 4));
  const quarter = period[5] === 'Q';
  const firstMonth = quarter ? (Number(period[6]) - 1) * 3 + 1 : Number(period.slice(5, 7));
  const months = quarter ? 3 : 1;
  // setUTCFullYear: Date.UTC reads the years 0–99 as 1900–1999.
  const day = (month: number, date: number) => new Date(new Date(0).setUTCFullYear(year, month, date)).toISOString().slice(0, 10);
  // Day 0 of the month after the period is its last day.
  return { start: day(firstMonth - 1, 1), end: day(firstMonth - 1 + months, 0) };
}

/** Periods in their order: by first day, then by last day. */
export function comparePeriods(a: string, b: string): number {
  const [x, y] = [periodBounds(a), periodBounds(b)];
  return x.start.localeCompare(y.start) || x.end.localeCompare(y.end);
}

/** SQL of the first day of the period in `column` (immutable, as a generated column needs). */
const startSql = (column: string) =>
  `make_date(substr(${column}, 1, 4)::int, case when substr(${column}, 6, 1) = 'Q' then substr(${column}, 7, 1)::int * 3 - 2 else substr(${column}, 6, 2)::int end, 1)`;

/** The generated columns' expressions (MikroORM writes them into the migrations as they are). */
export const PERIOD_START_SQL = `(${startSql('period')}) stored`;
// Intervals spelled as PostgreSQL prints them back ('3 mons'), so that the schema diff sees no change.
export const PERIOD_END_SQL = `((${startSql('period')} + case when substr(period, 6, 1) = 'Q' then '3 mons'::interval else '1 mon'::interval end)::date - 1) stored`;
