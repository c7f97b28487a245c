import { isCalendarDate } from './validation.js';

/**
 * Wall-clock time in the organisation's time zone (REGIE_TIME_ZONE). Survey tools export
 * "2026-11-20 14:03" without an offset: that is a time on the organisation's clock.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Milliseconds the zone's clock is ahead of UTC at `instant`, asked of Intl (some microseconds). */
export function measuredOffsetAt(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(new Date(instant)).map(p => [p.type, p.value]));
  const wall = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return wall - Math.floor(instant / 1000) * 1000;
}

const HOUR = 3_600_000;
/** Offsets per zone and UTC hour, for hours without a change of offset; bounded. */
const hourlyOffsets = new Map<string, Map<number, number>>();

/**
 * Milliseconds the zone's clock is ahead of UTC at `instant`. A CSV import reads a million times
 * in a few months: an hour whose offset is the same at its start and its end (a zone changes its
 * offset at most once in an hour) is asked of Intl once.
 */
function offsetAt(instant: number, timeZone: string): number {
  let hours = hourlyOffsets.get(timeZone);
  if (!hours) hourlyOffsets.set(timeZone, (hours = new Map()));
  const hour = Math.floor(instant / HOUR);
  const known = hours.get(hour);
  if (known !== undefined) return known;
  const start = measuredOffsetAt(hour * HOUR, timeZone);
  if (start !== measuredOffsetAt(hour * HOUR + HOUR - 1000, timeZone)) return measuredOffsetAt(instant, timeZone);
  if (hours.size >= 100_000) hours.clear();
  hours.set(hour, start);
  return start;
}

/** The instant at which the zone's clock shows the given wall time (UTC fields of `wall`). */
export function zonedToInstant(wall: number, timeZone: string): number {
  const first = wall - offsetAt(wall, timeZone);
  // Around a DST change the offset at the guess may differ from the offset at the answer.
  return wall - offsetAt(first, timeZone);
}

/** The calendar date (YYYY-MM-DD) on the zone's clock at `instant`. */
export function zonedDate(instant: Date, timeZone: string): string {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(instant).map(p => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,6})?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * A date or date-time in ISO 8601 form: `2026-11-20`, `2026-11-20T14:03:00Z`,
 * `2026-11-20 14:03+01:00`. Without an offset it is read on the organisation's clock.
 * Null when the text is not a real moment (2026-02-30, 25:00).
 */
export function parseTimestamp(text: string, timeZone: string): Date | null {
  const match = TIMESTAMP.exec(text.trim());
  if (!match) return null;
  const [, date, hh = '00', mm = '00', ss = '00', fraction = '', zone] = match;
  if (!isCalendarDate(date) || +hh > 23 || +mm > 59 || +ss > 59) return null;
  const [y, m, d] = date.split('-').map(Number);
  const wall = Date.UTC(y, m - 1, d, +hh, +mm, +ss, Math.round(Number(fraction || '0') * 1000));
  if (!zone) return new Date(zonedToInstant(wall, timeZone));
  if (zone.toUpperCase() === 'Z') return new Date(wall);
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const oh = Number(digits.slice(0, 2));
  const om = Number(digits.slice(2) || '0');
  if (oh > 14 || om > 59) return null;
  return new Date(wall - sign * (oh * 60 + om) * 60_000);
}

/** The first instant of a calendar date on the organisation's clock. */
export function startOfDay(date: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(zonedToInstant(Date.UTC(y, m - 1, d), timeZone));
}

/** The first instant after a calendar date on the organisation's clock. */
export function endOfDay(date: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(zonedToInstant(Date.UTC(y, m - 1, d + 1), timeZone));
}

/** A calendar date plus `days` (negative: before). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
