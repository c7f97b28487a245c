/// <reference types="node" />
// Run with `npm run test:unit -w admin`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toCsv } from './csv.ts';

test('plain cells go as they are, empty ones empty, lines end in CRLF', () => {
  assert.equal(
    toCsv(
      ['rank', 'title', 'score'],
      [
        [1, 'Move-house wizard', 1.25],
        [2, null, undefined],
      ],
    ),
    'rank,title,score\r\n1,Move-house wizard,1.25\r\n2,,\r\n',
  );
});

test('separators, quotes and line breaks are quoted', () => {
  assert.equal(toCsv(['a'], [['one, two'], ['say "yes"'], ['line\nbreak']]), 'a\r\n"one, two"\r\n"say ""yes"""\r\n"line\nbreak"\r\n');
});

test('text a spreadsheet would run as a formula is defused; numbers are not', () => {
  assert.equal(
    toCsv(
      ['a', 'b'],
      [
        ['=SUM(A1)', -3],
        ['@cmd', true],
      ],
    ),
    "a,b\r\n'=SUM(A1),-3\r\n'@cmd,true\r\n",
  );
});
