import { addDays } from '../../common/time-zone.js';

/**
 * Reads the kept counts for a date range: whole months from the monthly table, the days at
 * either edge from the daily one. A year is then twelve rows per journey × stage × channel ×
 * segment, however many responses it holds; no summary reads raw responses.
 */

export interface CountFilter {
  journeyId?: number;
  stageIds?: number[];
  /** Only responses about some stage (summaries by stage leave out those about the journey as a whole). */
  staged?: boolean;
  channelId?: number;
  segmentId?: number;
  /** The stages this department's KPIs serve. */
  departmentId?: number;
}

export interface DateRange {
  /** Inclusive calendar dates; absent: unbounded. */
  from?: string;
  to?: string;
}

const FIRST = '1900-01-01';
const LAST = '2999-12-31';

const monthStart = (date: string) => `${date.slice(0, 7)}-01`;
const nextMonthStart = (date: string) => monthStart(addDays(`${date.slice(0, 7)}-28`, 7));
const daysBetween = (start: string, end: string) => (Date.parse(end) - Date.parse(start)) / 86_400_000;

/**
 * An SQL relation `(journey_id, stage_id, channel_id, segment_id, day, responses, promoters,
 * passives, detractors)` with its parameters; `day` is the first day of the month for counts
 * read from the monthly table, which is all that grouping by month or quarter needs. Some rows
 * may carry negative counts (days taken away from a whole month): only their sums mean anything.
 */
export function countsRelation(range: DateRange, filter: CountFilter): { sql: string; params: unknown[] } {
  const from = range.from ?? FIRST;
  const to = range.to ?? LAST;
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (filter.journeyId !== undefined) {
    conditions.push('journey_id = ?');
    params.push(filter.journeyId);
  }
  if (filter.stageIds !== undefined) {
    conditions.push(`stage_id in (${filter.stageIds.map(() => '?').join(', ') || 'null'})`);
    params.push(...filter.stageIds);
  }
  if (filter.staged) conditions.push('stage_id <> 0');
  if (filter.channelId !== undefined) {
    conditions.push('channel_id = ?');
    params.push(filter.channelId);
  }
  if (filter.segmentId !== undefined) {
    conditions.push('segment_id = ?');
    params.push(filter.segmentId);
  }
  if (filter.departmentId !== undefined) {
    conditions.push('stage_id in (select ks.journey_stage_id from kpi_stage ks join kpi k on k.id = ks.kpi_id where k.department_id = ?)');
    params.push(filter.departmentId);
  }
  const where = (extra: string) => [...conditions, extra].join(' and ');
  const columns = 'journey_id, stage_id, channel_id, segment_id';
  const counts = 'responses, promoters, passives, detractors';

  const parts: { sql: string; params: unknown[] }[] = [];
  // Daily counts added (sign 1) or taken away (sign −1) between two dates, inclusive.
  const daily = (start: string, end: string, sign: 1 | -1 = 1) => {
    const signed = sign === 1 ? counts : '-responses as responses, -promoters as promoters, -passives as passives, -detractors as detractors';
    parts.push({ sql: `select ${columns}, day, ${signed} from survey_response_daily where ${where('day >= ?::date and day <= ?::date')}`, params: [...params, start, end] });
  };
  if (monthStart(from) === monthStart(to)) {
    daily(from, to);
  } else {
    // Whole months from the monthly table; a month cut by `from` or `to` is either its days in
    // range from the daily table, or the whole month less its days out of range, whichever reads
    // fewer days (a year from today's date reads three days of daily counts instead of a month).
    let firstMonth = monthStart(from);
    if (from !== firstMonth) {
      const inRange = daysBetween(from, nextMonthStart(from));
      if (inRange <= daysBetween(firstMonth, from)) {
        daily(from, addDays(nextMonthStart(from), -1));
        firstMonth = nextMonthStart(from);
      } else daily(firstMonth, addDays(from, -1), -1);
    }
    let afterMonth = nextMonthStart(to);
    const dayAfter = addDays(to, 1);
    if (dayAfter !== afterMonth) {
      const inRange = daysBetween(monthStart(to), dayAfter);
      if (inRange <= daysBetween(dayAfter, afterMonth)) {
        daily(monthStart(to), to);
        afterMonth = monthStart(to);
      } else daily(dayAfter, addDays(afterMonth, -1), -1);
    }
    if (firstMonth < afterMonth) {
      parts.push({
        sql: `select ${columns}, month as day, ${counts} from survey_response_monthly where ${where('month >= ?::date and month < ?::date')}`,
        params: [...params, firstMonth, afterMonth],
      });
    }
  }
  return { sql: parts.map(p => p.sql).join('\nunion all\n'), params: parts.flatMap(p => p.params) };
}
