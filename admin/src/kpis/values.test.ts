/// <reference types="node" />
// Run with `npm run test:unit -w admin`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatValue, meetsTarget, type KpiDirection } from './values.ts';

const TARGETS: [value: number, target: number | null, direction: KpiDirection, expected: boolean | undefined][] = [
  [4.6, 4.5, 'HIGHER_IS_BETTER', true],
  [4.5, 4.5, 'HIGHER_IS_BETTER', true],
  [4.4, 4.5, 'HIGHER_IS_BETTER', false],
  [110, 110, 'LOWER_IS_BETTER', true],
  [109, 110, 'LOWER_IS_BETTER', true],
  [136, 110, 'LOWER_IS_BETTER', false],
  [136, null, 'LOWER_IS_BETTER', undefined],
];

for (const [value, target, direction, expected] of TARGETS) {
  test(`${value} against target ${target} (${direction}) meets it: ${expected}`, () => {
    assert.equal(meetsTarget(value, target, direction), expected);
  });
}

const FORMATS: [value: number | null, unit: string, expected: string][] = [
  [3.25, '%', '3.25%'],
  [136, '€', '136 €'],
  [450, 'seconds', '450 seconds'],
  [1234.5678, 'count', '1,234.57 count'],
  [4, '', '4'],
  [null, '%', '—'],
];

for (const [value, unit, expected] of FORMATS) {
  test(`${value} in "${unit}" reads "${expected}"`, () => {
    assert.equal(formatValue(value, unit, 'en-GB'), expected);
  });
}
