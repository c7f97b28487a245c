import { expect } from '@jest/globals';
import type { TestServer } from './harness.js';

/**
 * How the values of a sortable field compare: ids and numbers by value, times by instant, text by
 * collation, lists of text (text[]) element by element, a shorter list before a longer one it begins.
 */
export type SortKind = 'id' | 'number' | 'text' | 'texts' | 'time' | 'boolean';

type Row = Record<string, unknown> & { id: string };

/**
 * Asserts the order in which `list` (e.g. `allChannels`) answers `sortField: field`: ascending by
 * the field's value with nulls last and ties by id, descending the exact reverse (nulls first,
 * ties by id descending). The expectation is computed from the values the rows carry; text is
 * ranked by the database's own collation, as ORDER BY on a column is (C and en_US differ on case
 * and spaces), so the check holds on any server.
 */
export async function expectSorted(t: TestServer, list: string, field: string, kind: SortKind): Promise<void> {
  const [ascending, descending] = await Promise.all([rows(t, list, field, 'ASC'), rows(t, list, field, 'DESC')]);
  expect(ascending.length).toBeGreaterThan(1);
  const ranks = kind === 'text' || kind === 'texts' ? await collationRanks(t, ascending.flatMap(row => row[field])) : undefined;
  const expected = [...ascending].sort((a, b) => compare(a[field], b[field], kind, ranks) || Number(a.id) - Number(b.id));
  const show = (found: Row[]) => found.map(row => `${row.id}:${JSON.stringify(row[field])}`);
  expect(show(ascending)).toEqual(show(expected));
  expect(show(descending)).toEqual(show([...expected].reverse()));
}

async function rows(t: TestServer, list: string, field: string, order: 'ASC' | 'DESC'): Promise<Row[]> {
  const result = await t.gql(`{ ${list}(sortField: "${field}", sortOrder: "${order}") { id ${field} } }`);
  expect(result.errors).toBeUndefined();
  return result.data![list] as Row[];
}

/** Nulls last; otherwise by value. */
function compare(a: unknown, b: unknown, kind: SortKind, ranks?: Map<string, number>): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  switch (kind) {
    case 'id':
      return Number(a) - Number(b);
    case 'number':
      return (a as number) - (b as number);
    case 'time':
      return Date.parse(a as string) - Date.parse(b as string);
    case 'boolean':
      return Number(a) - Number(b);
    case 'text':
      return ranks!.get(a as string)! - ranks!.get(b as string)!;
    case 'texts': {
      const [x, y] = [a as string[], b as string[]];
      for (let i = 0; i < Math.min(x.length, y.length); i++) {
        const order = ranks!.get(x[i])! - ranks!.get(y[i])!;
        if (order !== 0) return order;
      }
      return x.length - y.length;
    }
  }
}

/** Each distinct text's place in the database's own order of them. */
async function collationRanks(t: TestServer, values: unknown[]): Promise<Map<string, number>> {
  const texts = [...new Set(values.filter((value): value is string => typeof value === 'string'))];
  if (texts.length === 0) return new Map();
  const sorted = await t.db.orm.em
    .getConnection()
    .execute<{ v: string }[]>(`select v from (values ${texts.map(() => '(cast(? as text))').join(', ')}) as u(v) order by v`, texts);
  return new Map(sorted.map((row, index) => [row.v, index]));
}
