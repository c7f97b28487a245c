/// <reference types="node" />
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { comingQuarters, quarterChoices } from './quarters.ts';

test('the coming quarters start with this one and cross the year', () => {
  assert.deepEqual(comingQuarters(6, new Date(2026, 10, 25)), ['2026-Q4', '2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4', '2028-Q1', '2028-Q2']);
  assert.deepEqual(comingQuarters(1, new Date(2027, 0, 1)), ['2027-Q1', '2027-Q2']);
  assert.deepEqual(comingQuarters(0, new Date(2027, 8, 30)), ['2027-Q3']);
});

test('a quarter already set stays a choice, in order', () => {
  const now = new Date(2026, 10, 25);
  assert.deepEqual(quarterChoices('2026-Q2', now)[0], { id: '2026-Q2', name: '2026-Q2' });
  assert.equal(quarterChoices('2027-Q1', now).length, 7);
  assert.equal(quarterChoices(undefined, now).length, 7);
  assert.equal(quarterChoices('soon', now).length, 7);
});
