/// <reference types="node" />
// Run with `npm run test:unit -w admin`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { businessWords, formatFactor, formatPercent, formatScore, formatWeeks, formulaWords, gapWords, npsWords, termArithmetic, termSentence } from './explain.ts';
import type { ScoreBreakdown, ScoreTerm } from './types.ts';

// A stage 10.6 points below its target of 25 with a margin of 6.6: 4.0 points count, G = 1.04.
const connection: ScoreTerm = {
  stageId: '11',
  stageName: 'Connection at the new address',
  journeyId: '2',
  journeyName: 'Moving house',
  level: 'HIGH',
  levelValue: 2,
  importance: 5,
  reach: 0.85,
  actualNps: 14.4,
  marginOfError: 6.6,
  responses: 582,
  target: 25,
  gapFactor: 1.04,
  gapReason: null,
  stageWeight: 4.42,
  contribution: 8.84,
};

test('numbers read at their precision, with a real minus sign', () => {
  assert.equal(formatScore(1.6432795785588965), '1.64');
  assert.equal(formatScore(0), '0.00');
  assert.equal(formatScore(-0.004), '0.00');
  assert.equal(formatScore(null), '—');
  assert.equal(formatFactor(1.1817), '×1.18');
  assert.equal(formatFactor(1.2), '×1.2');
  assert.equal(formatFactor(1), '×1');
  assert.equal(formatFactor(0.5), '×0.5');
  assert.equal(formatPercent(0.85), '85 %');
  assert.equal(formatPercent(0.075), '7.5 %');
  assert.equal(formatPercent(1), '100 %');
  assert.equal(formatWeeks(8), '8');
  assert.equal(formatWeeks(3.5), '3.5');
  assert.equal(formatWeeks(0.25), '0.25');
});

const GAPS: [name: string, term: Pick<ScoreTerm, 'gapReason' | 'target' | 'actualNps' | 'marginOfError'>, words: string][] = [
  ['a shortfall beyond the margin counts by its part beyond', connection, '4.0 points below target beyond the margin'],
  ['18 points beyond', { gapReason: null, target: 30, actualNps: 5, marginOfError: 7 }, '18.0 points below target beyond the margin'],
  ['no target: the server says so', { gapReason: 'no target', target: null, actualNps: 12, marginOfError: 5 }, 'no target'],
  ['too few responses', { gapReason: 'fewer than 30 responses (12)', target: 20, actualNps: -40, marginOfError: 50 }, 'fewer than 30 responses (12)'],
  ['meets its target', { gapReason: 'meets its target', target: 15, actualNps: 34.6, marginOfError: 4.9 }, 'meets its target'],
];

for (const [name, term, words] of GAPS) {
  test(`gap: ${name}`, () => {
    assert.equal(gapWords(term), words);
  });
}

test('a stage term in words: importance, reach, the gap and its factor', () => {
  assert.equal(termSentence(connection), 'Connection at the new address: importance 5, reach 85 %, 4.0 points below target beyond the margin → ×1.04');
  assert.equal(
    termSentence({ ...connection, gapFactor: 1, gapReason: 'fewer than 30 responses (12)', responses: 12 }),
    'Connection at the new address: importance 5, reach 85 %, fewer than 30 responses (12) → ×1',
  );
});

test("a stage term's NPS against its target", () => {
  assert.equal(npsWords(connection), 'NPS 14.4 ±6.6 against target 25, from 582 responses');
  assert.equal(npsWords({ actualNps: -21.57, marginOfError: 5.11, target: 15, responses: 1 }), 'NPS \u221221.6 ±5.1 against target 15, from 1 response');
  assert.equal(npsWords({ actualNps: null, marginOfError: null, target: 15, responses: 0 }), 'no responses in the window, target 15');
  assert.equal(npsWords({ actualNps: 20, marginOfError: 8, target: null, responses: 1200 }), 'NPS 20.0 ±8.0 against no target, from 1,200 responses');
});

test("a stage term's arithmetic: level × (I × R × G)", () => {
  assert.equal(termArithmetic(connection), 'High 2 × (5 × 0.85 × 1.04) = 8.84');
  assert.equal(termArithmetic({ ...connection, level: 'MINIMAL', levelValue: 0.25, reach: 1, gapFactor: 1, contribution: 1.25 }), 'Minimal 0.25 × (5 × 1 × 1) = 1.25');
});

const score: ScoreBreakdown = {
  terms: [connection],
  journeyImpact: 13.146,
  businessFactor: 1.25,
  commercialValue: 4,
  confidence: 0.8,
  effort: 8,
  priorityScore: 1.6433,
  modelVersion: 1,
};

test('the business factor and the whole score in words', () => {
  assert.equal(businessWords(score), 'commercial value 4 of 5 → ×1.25');
  assert.equal(businessWords({ commercialValue: 3, businessFactor: 1 }), 'commercial value 3 of 5 (neutral) → ×1');
  assert.equal(formulaWords(score), '13.15 × 80 % × 1.25 ÷ 8 person-weeks = 1.64');
});
