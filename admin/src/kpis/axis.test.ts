/// <reference types="node" />
// Run with `npm run test:unit -w admin`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { niceTicks } from './axis.ts';

const CASES: [values: number[], expected: number[]][] = [
  [[122, 143, 110], [110, 120, 130, 140, 150]],
  [[71.6, 75], [71, 72, 73, 74, 75]],
  [[1.2, 1.9, 1.5], [1.2, 1.4, 1.6, 1.8, 2]],
  [[0, 100], [0, 25, 50, 75, 100]],
  [[4, 4], [3.6, 3.8, 4, 4.2, 4.4]],
  [[-3, 7], [-5, -2.5, 0, 2.5, 5, 7.5]],
];

for (const [values, expected] of CASES) {
  test(`round ticks around ${values.join(', ')}`, () => {
    assert.deepEqual(niceTicks(values), expected);
  });
}

test('the ticks cover every value', () => {
  for (const values of [[407, 360, 420], [92.4, 95], [0.013, 0.019]]) {
    const ticks = niceTicks(values);
    assert.ok(ticks[0] <= Math.min(...values) && ticks.at(-1)! >= Math.max(...values), `${values} in ${ticks}`);
  }
});
