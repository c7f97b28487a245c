/// <reference types="node" />
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { movesFrom } from './workflow.ts';

const REGIE = { transition: true, decide: true };
const LEAD = { transition: true, decide: false };
const NOBODY = { transition: false, decide: false };

const CASES: [status: string, may: typeof REGIE, expected: string[]][] = [
  ['PROPOSED', REGIE, ['UNDER_REVIEW']],
  ['PROPOSED', LEAD, ['UNDER_REVIEW']],
  ['UNDER_REVIEW', REGIE, ['PROPOSED', 'APPROVED', 'REJECTED', 'PARKED']],
  ['UNDER_REVIEW', LEAD, ['PROPOSED']],
  ['APPROVED', REGIE, ['IN_PROGRESS', 'REJECTED', 'PARKED']],
  ['APPROVED', LEAD, []],
  ['IN_PROGRESS', REGIE, ['DONE']],
  ['PARKED', LEAD, ['UNDER_REVIEW']],
  ['DONE', REGIE, []],
  ['REJECTED', REGIE, []],
  ['UNDER_REVIEW', NOBODY, []],
  ['UNKNOWN', REGIE, []],
];

for (const [status, may, expected] of CASES) {
  test(`from ${status}, ${JSON.stringify(may)} may move to ${expected.join(', ') || 'nothing'}`, () => {
    assert.deepEqual(
      movesFrom(status, may).map(m => m.to),
      expected,
    );
  });
}

test('rejecting and parking need a reason; nothing else does', () => {
  for (const m of movesFrom('UNDER_REVIEW', REGIE)) assert.equal(m.needsReason, m.action === 'REJECT' || m.action === 'PARK', m.action);
});
