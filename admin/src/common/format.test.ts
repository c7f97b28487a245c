/// <reference types="node" />
// Run with `npm run test:unit -w admin`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatters } from './format.ts';

const en = formatters('en');
const nl = formatters('nl');

test('numbers follow the language: decimal comma and thousands point in Dutch', () => {
  assert.equal(en.number(1234.5), '1,234.5');
  assert.equal(nl.number(1234.5), '1.234,5');
  assert.equal(en.number(null), '—');
});

test('an NPS has one decimal and a real minus sign', () => {
  assert.equal(en.nps(-12.34), '\u221212.3');
  assert.equal(nl.nps(-12.34), '\u221212,3');
  assert.equal(en.nps(-0.04), '0.0');
  assert.equal(en.nps(25), '25.0');
  assert.equal(nl.margin(1.16), '±1,2');
  assert.equal(en.margin(null), '');
});

test('percentages and dates in the locale', () => {
  assert.equal(en.percent(0.85), '85%');
  assert.equal(nl.percent(0.85), '85%');
  assert.equal(en.date('2026-12-02'), '2 Dec 2026');
  assert.equal(nl.date('2026-12-02'), '2 dec 2026');
  assert.equal(en.date(null), '—');
});
