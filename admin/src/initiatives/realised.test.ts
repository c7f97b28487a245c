/// <reference types="node" />
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDifference, realisedVerdict, windowLength } from './realised.ts';

const win = (responses: number, nps: number | null) => ({ from: '2026-01-01', to: '2026-03-31', responses, nps, marginOfError: nps === null ? null : 10 });

test('a significant difference reads as a rise or a fall', () => {
  assert.deepEqual(realisedVerdict({ before: win(50, 10), after: win(60, 40), difference: 30, significant: true }, 30), { kind: 'rise', text: 'Significant rise' });
  assert.deepEqual(realisedVerdict({ before: win(50, 40), after: win(60, 10), difference: -30, significant: true }, 30), { kind: 'fall', text: 'Significant fall' });
});

test('within the noise reads as no significant change', () => {
  assert.equal(realisedVerdict({ before: win(50, 10), after: win(60, 14), difference: 4, significant: false }, 30).text, 'No significant change');
});

test('a window under the minimum, or without responses, is not judged', () => {
  assert.equal(realisedVerdict({ before: win(29, 10), after: win(60, 60), difference: 50, significant: true }, 30).text, 'Too few responses');
  assert.equal(realisedVerdict({ before: win(0, null), after: win(60, 60), difference: null, significant: false }).text, 'Too few responses');
});

test('differences carry their sign', () => {
  assert.equal(formatDifference(12.34), '+12.3');
  assert.equal(formatDifference(-4), '\u22124.0');
  assert.equal(formatDifference(0.04), '0.0');
  assert.equal(formatDifference(null), '—');
});

test('a window counts both its ends', () => {
  assert.equal(windowLength({ from: '2026-01-01', to: '2026-03-31' }), 90);
});
