/// <reference types="node" />
// Run with `npm run test:unit -w admin`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatMargin, formatNps, formatNpsWithMargin, formatTarget, lastDays, monthLabel, npsStatus, scoreCategory, valueDomain, axisTicks, type NpsStatusKind } from './values.ts';

const NUMBERS: [value: number | null, expected: string][] = [
  [23.44, '23.4'],
  [23.45, '23.5'],
  [-12.34, '\u221212.3'],
  [-0.04, '0.0'],
  [0, '0.0'],
  [100, '100.0'],
  [null, '—'],
];

for (const [value, expected] of NUMBERS) {
  test(`NPS ${value} reads "${expected}"`, () => {
    assert.equal(formatNps(value), expected);
  });
}

test('a margin reads with ±, and NPS with its margin', () => {
  assert.equal(formatMargin(5.06), '±5.1');
  assert.equal(formatMargin(null), '');
  assert.equal(formatNpsWithMargin({ nps: 23.44, marginOfError: 5.06 }), '23.4 ±5.1');
  assert.equal(formatNpsWithMargin({ nps: null, marginOfError: null }), '—');
});

type Row = Parameters<typeof npsStatus>[0];
const row = (responses: number, nps: number | null, marginOfError: number | null, gap: number | null, insufficient = responses < 30): Row => ({
  responses,
  nps,
  marginOfError,
  gap,
  insufficient,
});

const STATUSES: [name: string, row: Row, kind: NpsStatusKind, text: string][] = [
  ['no responses', row(0, null, null, null), 'none', 'no responses'],
  ['no responses, with a target', row(0, null, null, null, true), 'none', 'no responses'],
  ['too few responses, even far below target', row(12, -40, 50, 70), 'insufficient', 'insufficient (12)'],
  ['no target', row(400, 20, 8, null), 'untargeted', 'no target'],
  ['12 below, beyond the margin', row(400, 18, 8.04, 12), 'below', '12.0 below target'],
  ['4 below, within the margin', row(400, 26, 8.04, 4), 'withinMargin', '4.0 below target, within ±8.0'],
  ['exactly on target', row(400, 30, 8, 0), 'meets', 'on target'],
  ['above target', row(400, 33.5, 8, -3.5), 'meets', '3.5 above target'],
  ['a gap that rounds to nothing', row(400, 30, 8, 0.02), 'meets', 'on target'],
];

for (const [name, input, kind, text] of STATUSES) {
  test(`status: ${name}`, () => {
    assert.deepEqual(npsStatus(input), { kind, text });
  });
}

test('the last 90 days end today and start 89 days before', () => {
  assert.deepEqual(lastDays(90, new Date(2026, 11, 1, 9, 30)), { from: '2026-09-03', to: '2026-12-01' });
  // Across the change to winter time, still whole calendar days.
  assert.deepEqual(lastDays(2, new Date(2026, 9, 26, 0, 5)), { from: '2026-10-25', to: '2026-10-26' });
});

test('a month key reads as a month', () => {
  assert.equal(monthLabel('2026-03', 'en-GB'), 'Mar 2026');
  assert.equal(monthLabel('2026-Q1', 'en-GB'), '2026-Q1');
});

test('a target reads as it was set', () => {
  assert.equal(formatTarget(30), '30');
  assert.equal(formatTarget(-10), '\u221210');
  assert.equal(formatTarget(100), '100');
  assert.equal(formatTarget(22.5), '22.5');
  assert.equal(formatTarget(null), '—');
});

test('scores fall into promoters, passives and detractors', () => {
  assert.deepEqual(
    [0, 6, 7, 8, 9, 10].map(scoreCategory),
    ['detractor', 'detractor', 'passive', 'passive', 'promoter', 'promoter'],
  );
});

const DOMAINS: [values: (number | null)[], expected: [number, number]][] = [
  [[12.3, -4.1, 20], [-10, 30]],
  [[0, 5], [-10, 10]],
  [[-98, 99], [-100, 100]],
  [[null, null], [-100, 100]],
  [[], [-100, 100]],
];

for (const [values, expected] of DOMAINS) {
  test(`the axis around ${JSON.stringify(values)} runs ${expected.join(' to ')}`, () => {
    assert.deepEqual(valueDomain(values), expected);
  });
}

test('an NPS axis has round ticks', () => {
  assert.deepEqual(axisTicks([-10, 30]), [-10, 0, 10, 20, 30]);
  assert.deepEqual(axisTicks([-30, 70]), [-20, 0, 20, 40, 60]);
  assert.deepEqual(axisTicks([-100, 100]), [-100, -50, 0, 50, 100]);
});
