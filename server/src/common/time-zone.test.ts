import { describe, expect, it } from '@jest/globals';
import { addDays, endOfDay, parseTimestamp, startOfDay, zonedDate } from './time-zone.js';

const AMS = 'Europe/Amsterdam';

describe('parseTimestamp', () => {
  it.each([
    ['2026-11-20T14:03:00Z', '2026-11-20T14:03:00.000Z'],
    ['2026-11-20T14:03:00.250Z', '2026-11-20T14:03:00.250Z'],
    ['2026-11-20T14:03:00+02:00', '2026-11-20T12:03:00.000Z'],
    ['2026-11-20T14:03-0530', '2026-11-20T19:33:00.000Z'],
    // Without an offset: Amsterdam's clock, UTC+1 in winter and UTC+2 in summer.
    ['2026-11-20 14:03', '2026-11-20T13:03:00.000Z'],
    ['2026-07-01T00:00:00', '2026-06-30T22:00:00.000Z'],
    ['2026-11-20', '2026-11-19T23:00:00.000Z'],
    // The night the clocks go back (2026-10-25 03:00 → 02:00) and forward (2026-03-29 02:00 → 03:00).
    ['2026-10-25T04:00', '2026-10-25T03:00:00.000Z'],
    ['2026-03-29T04:00', '2026-03-29T02:00:00.000Z'],
  ])('%s is %s', (text, iso) => expect(parseTimestamp(text, AMS)?.toISOString()).toBe(iso));

  it.each(['', 'yesterday', '2026-02-30', '2026-13-01', '2026-11-20T25:00', '2026-11-20T12:60', '20261120', '2026-11-20T12:00+15:00', '1e9'])(
    'refuses "%s"',
    text => expect(parseTimestamp(text, AMS)).toBeNull(),
  );
});

describe('calendar days on the organisation clock', () => {
  it('starts and ends a day in the zone', () => {
    expect(startOfDay('2026-11-20', AMS).toISOString()).toBe('2026-11-19T23:00:00.000Z');
    expect(endOfDay('2026-11-20', AMS).toISOString()).toBe('2026-11-20T23:00:00.000Z');
    expect(startOfDay('2026-07-01', 'UTC').toISOString()).toBe('2026-07-01T00:00:00.000Z');
  });

  it('tells the local date of an instant', () => {
    expect(zonedDate(new Date('2026-11-19T23:30:00Z'), AMS)).toBe('2026-11-20');
    expect(zonedDate(new Date('2026-11-19T23:30:00Z'), 'UTC')).toBe('2026-11-19');
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-11-20', -90)).toBe('2026-08-22');
  });
});
