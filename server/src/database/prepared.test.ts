import { describe, expect, it } from '@jest/globals';
import { numbered } from './prepared.js';

describe('numbering placeholders for a prepared statement', () => {
  it.each([
    ['select 1', 'select 1'],
    ['select * from t where a = ? and b = ?', 'select * from t where a = $1 and b = $2'],
    ["select '?' as q, a from t where a = ?", "select '?' as q, a from t where a = $1"],
    ['select "odd?name" from t where a in (?, ?, ?)', 'select "odd?name" from t where a in ($1, $2, $3)'],
    ["select 'it''s ?' from t where a = ?", "select 'it''s ?' from t where a = $1"],
  ])('%s', (sql, expected) => {
    expect(numbered(sql)).toBe(expected);
  });

  it.each([
    ['select ?? from t', 'an identifier placeholder'],
    ['select $1 from t', 'positional parameters already'],
    ['select $t$?$t$ from t', 'dollar quoting'],
    ["select 'never closed ?", 'an open literal'],
  ])('leaves %s to MikroORM (%s)', sql => {
    expect(numbered(sql)).toBeUndefined();
  });
});
