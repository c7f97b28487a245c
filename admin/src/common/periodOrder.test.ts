/// <reference types="node" />
// Run with `npm run test:unit -w admin`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { comparePeriods, latestByPeriod, periodLabel, periodSpan, sortByPeriod } from './periodOrder.ts';

test('a quarter covers its three months, a month itself', () => {
  assert.deepEqual(periodSpan('2026-Q4'), { start: 2026 * 12 + 9, end: 2026 * 12 + 11, kind: 'quarter' });
  assert.deepEqual(periodSpan('2026-11'), { start: 2026 * 12 + 10, end: 2026 * 12 + 10, kind: 'month' });
  assert.equal(periodSpan('2026-13'), undefined);
  assert.equal(periodSpan('2026-Q5'), undefined);
  assert.equal(periodSpan('Q4'), undefined);
});

test('months and quarters sort as time, not as text', () => {
  const periods = ['2027-01', '2026-Q4', '2026-12', '2026-Q1', '2026-11', '2026-10', '2025-12', '2026-03'];
  assert.deepEqual(
    [...periods].sort(comparePeriods),
    ['2025-12', '2026-Q1', '2026-03', '2026-10', '2026-Q4', '2026-11', '2026-12', '2027-01'],
  );
});

test('a month comes before the quarter that starts with it, and after the quarter before it', () => {
  assert.ok(comparePeriods('2026-10', '2026-Q4') < 0);
  assert.ok(comparePeriods('2026-Q3', '2026-10') < 0);
  assert.equal(comparePeriods('2026-Q2', '2026-Q2'), 0);
});

test('text that is no period goes last', () => {
  assert.deepEqual(['later', '2026-Q2', '2026-01'].sort(comparePeriods), ['2026-01', '2026-Q2', 'later']);
});

test('the latest measurement is the one of the latest period', () => {
  const measurements = [{ period: '2026-Q4', value: 3 }, { period: '2026-12', value: 1 }, { period: '2026-11', value: 2 }];
  assert.deepEqual(latestByPeriod(measurements), { period: '2026-12', value: 1 });
  assert.deepEqual(sortByPeriod(measurements).map(m => m.period), ['2026-Q4', '2026-11', '2026-12']);
  assert.equal(latestByPeriod([]), undefined);
});

test('a period reads as words in the locale', () => {
  assert.equal(periodLabel('2026-Q4', 'en-GB'), 'Q4 2026');
  assert.equal(periodLabel('2026-03', 'en-GB'), 'Mar 2026');
  assert.equal(periodLabel('2026-03', 'nl-NL'), 'mrt 2026');
  assert.equal(periodLabel('soon', 'en-GB'), 'soon');
});
