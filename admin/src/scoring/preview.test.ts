/// <reference types="node" />
// Run with `npm run test:unit -w admin`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { differs, isComplete, modelValues, movesSummary, rankMove, scorePreviewInputs } from './preview.ts';
import type { ModelPreviewRow, ScoringModelValues } from './types.ts';

test('a lower rank number is a move up', () => {
  assert.deepEqual(rankMove({ rankBefore: 8, rankAfter: 5 }), { direction: 'up', text: 'up 3' });
  assert.deepEqual(rankMove({ rankBefore: 5, rankAfter: 6 }), { direction: 'down', text: 'down 1' });
  assert.deepEqual(rankMove({ rankBefore: 4, rankAfter: 4 }), { direction: 'same', text: 'no change' });
});

const row = (rankBefore: number, rankAfter: number) => ({ rankBefore, rankAfter }) as ModelPreviewRow;

test('the summary counts the initiatives that move', () => {
  assert.equal(movesSummary([row(1, 1), row(8, 5), row(5, 6)]), '2 of the 3 open initiatives change rank.');
  assert.equal(movesSummary([row(1, 1), row(2, 3), row(3, 2), row(4, 4)]), '2 of the 4 open initiatives change rank.');
  assert.equal(movesSummary([row(1, 1), row(3, 2)]), '1 of the 2 open initiatives changes rank.');
  assert.equal(movesSummary([row(1, 1)]), 'None of the 1 open initiative changes rank.');
});

const DEFAULTS: ScoringModelValues = {
  levels: [
    { level: 'MINIMAL', value: 0.25 },
    { level: 'LOW', value: 0.5 },
    { level: 'MEDIUM', value: 1 },
    { level: 'HIGH', value: 2 },
    { level: 'MASSIVE', value: 3 },
  ],
  gapWeight: 1,
  minResponses: 30,
  windowDays: 90,
  commercialWeight: 0.5,
};

test('the values a form holds are read in level order, and checked complete', () => {
  const shuffled = { ...DEFAULTS, levels: [...DEFAULTS.levels].reverse() };
  assert.deepEqual(modelValues(shuffled), DEFAULTS);
  assert.equal(isComplete(modelValues(DEFAULTS)), true);
  assert.equal(isComplete(modelValues({ ...DEFAULTS, gapWeight: undefined })), false);
  assert.equal(isComplete(modelValues({ ...DEFAULTS, levels: DEFAULTS.levels.slice(1) })), false);
});

test('a proposal differs from the active model when any value does', () => {
  assert.equal(differs(modelValues(DEFAULTS), modelValues(DEFAULTS)), false);
  assert.equal(differs(modelValues({ ...DEFAULTS, gapWeight: 2 }), modelValues(DEFAULTS)), true);
  const higher = DEFAULTS.levels.map(entry => (entry.level === 'MASSIVE' ? { ...entry, value: 4 } : entry));
  assert.equal(differs(modelValues({ ...DEFAULTS, levels: higher }), modelValues(DEFAULTS)), true);
});

test('an initiative form scores once it has an effort; unfinished impact rows and repeated stages are left out', () => {
  assert.deepEqual(scorePreviewInputs({ effort: '', confidence: 0.5, commercialValue: 3 }), { missing: 'Fill in the effort to see the score.' });
  assert.deepEqual(scorePreviewInputs({ effort: 0, confidence: 0.5 }), { missing: 'Fill in the effort to see the score.' });
  assert.deepEqual(scorePreviewInputs({ effort: 20_000 }), { missing: 'The effort is at most 10,000 person-weeks.' });
  assert.deepEqual(
    scorePreviewInputs({
      effort: 6,
      confidence: 0.7,
      commercialValue: 4,
      impacts: [{ stageId: '11', level: 'HIGH' }, { level: 'MEDIUM' }, null, { stageId: '11', level: 'LOW' }, { stageId: 25, level: 'MASSIVE' } as never],
    }),
    {
      impacts: [
        { stageId: '11', level: 'HIGH' },
        { stageId: '25', level: 'MASSIVE' },
      ],
      effort: 6,
      confidence: 0.7,
      commercialValue: 4,
    },
  );
  assert.deepEqual(scorePreviewInputs({ effort: '2.5' }), { impacts: [], effort: 2.5, confidence: 0.5, commercialValue: 3 });
});
