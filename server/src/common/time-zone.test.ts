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

describe('offsets remembered per hour', () => {
  it('agree with Intl at every instant, around changes of offset too', async () => {
    const fc = (await import('fast-check')).default;
    const { measuredOffsetAt, zonedToInstant } = await import('./time-zone.js');
    // Zones with summer time, half-hour offsets and a half-hour change (Lord Howe).
    const zones = ['Europe/Amsterdam', 'America/St_Johns', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/Santiago', 'UTC'];
    // Any moment in 70 years, or one within a day and a half of a change of offset in 2026.
    const changes = [Date.UTC(2026, 2, 8), Date.UTC(2026, 2, 29), Date.UTC(2026, 3, 5), Date.UTC(2026, 8, 6), Date.UTC(2026, 9, 4), Date.UTC(2026, 9, 25), Date.UTC(2026, 10, 1)];
    const wallClock = fc.oneof(
      fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2040, 0, 1) }),
      fc.tuple(fc.constantFrom(...changes), fc.integer({ min: -36 * 3600, max: 36 * 3600 })).map(([day, seconds]) => day + seconds * 1000),
    );
    fc.assert(
      fc.property(fc.constantFrom(...zones), wallClock, (zone, wall) => {
        const first = wall - measuredOffsetAt(wall, zone);
        expect(zonedToInstant(wall, zone)).toBe(wall - measuredOffsetAt(first, zone));
      }),
      { numRuns: 5000 },
    );
    // The hour of each change of offset in Amsterdam in 2026, to the second.
    for (const wall of [Date.UTC(2026, 2, 29, 1, 59, 59), Date.UTC(2026, 2, 29, 3), Date.UTC(2026, 9, 25, 2, 30), Date.UTC(2026, 9, 25, 3)]) {
      const first = wall - measuredOffsetAt(wall, AMS);
      expect(zonedToInstant(wall, AMS)).toBe(wall - measuredOffsetAt(first, AMS));
    }
  });
});
