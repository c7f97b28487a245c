import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { onlyError, startTestServer, type TestServer } from './harness.js';
import { createDepartment } from './initiative-fixtures.js';

/**
 * A list column that shows a reference (an initiative's department, its owner) sorts by what it
 * shows: `sortField: "department.name"`. Names are chosen so that every collation orders them alike
 * (capitals first, no spaces or accents deciding), so the expectations can be computed here.
 */
let t: TestServer;

interface Row {
  id: string;
  department: string;
  owner: string | null;
}
const rows: Row[] = [];
let departments: Record<string, string>;

beforeAll(async () => {
  t = await startTestServer();
  departments = {
    'Home Department': t.actors.departments.home,
    'Away Department': t.actors.departments.away,
    Billing: await createDepartment(t, 'Billing', 'BIL'),
    Digital: await createDepartment(t, 'Digital', 'DIG'),
    'Customer Service': await createDepartment(t, 'Customer Service', 'CS'),
  };
  const person = async (name: string, email: string) =>
    (await t.gql('mutation($name: String!, $email: String!) { createPerson(name: $name, email: $email, role: VIEWER) { id } }', { name, email })).data!.createPerson.id as string;
  const owners: Record<string, string> = {
    'Zed Owner': await person('Zed Owner', 'zed@test.regie'),
    'Anna Owner': await person('Anna Owner', 'anna@test.regie'),
    'Maud Owner': await person('Maud Owner', 'maud@test.regie'),
  };
  // Created in an order unlike either name order; some departments and owners twice (ties go by id).
  const plan: [string, string | null][] = [
    ['Digital', 'Anna Owner'],
    ['Home Department', 'Zed Owner'],
    ['Billing', null],
    ['Away Department', 'Maud Owner'],
    ['Digital', 'Zed Owner'],
    ['Customer Service', 'Anna Owner'],
    ['Billing', 'Maud Owner'],
    ['Home Department', null],
  ];
  for (const [department, owner] of plan) {
    const created = await t.gql('mutation($d: ID!, $o: ID) { createInitiative(title: "Sorted", departmentId: $d, ownerId: $o, pillar: OMNICHANNEL, effort: 1, confidence: 0.5) { id version } }', {
      d: departments[department],
      o: owner ? owners[owner] : null,
    });
    expect(created.errors).toBeUndefined();
    const { id, version } = created.data!.createInitiative;
    // Without an owner the creator would own it: cleared afterwards.
    if (!owner) expect((await t.gql('mutation($id: ID!, $v: Int!) { updateInitiative(id: $id, version: $v, ownerId: null) { ownerId } }', { id, v: version })).data!.updateInitiative.ownerId).toBeNull();
    rows.push({ id, department, owner });
  }
});
afterAll(() => t.close());

/** Ascending by the key with rows lacking it last, ties by id; descending is the exact reverse. */
function expected(key: (row: Row) => string | null, order: 'ASC' | 'DESC'): string[] {
  const ascending = [...rows].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    if (x !== y) return x === null ? 1 : y === null ? -1 : x < y ? -1 : 1;
    return Number(a.id) - Number(b.id);
  });
  return (order === 'ASC' ? ascending : ascending.reverse()).map(row => row.id);
}

const FIELDS = 'id department { name } owner { name }';

describe('sorting a list by a field of a referenced record', () => {
  it.each([
    ['department.name', (row: Row) => row.department],
    ['owner.name', (row: Row) => row.owner],
  ])('sorts allInitiatives by %s, both ways, ties by id', async (sortField, key) => {
    for (const order of ['ASC', 'DESC'] as const) {
      // The JSON read path (one statement) and, with a directive, the entity path: the same order.
      for (const fields of [FIELDS, `id @include(if: true) department { name } owner { name }`]) {
        const result = await t.gql(`query($s: String, $o: String) { allInitiatives(sortField: $s, sortOrder: $o) { ${fields} } }`, { s: sortField, o: order });
        expect(result.errors).toBeUndefined();
        expect(result.data!.allInitiatives.map((i: { id: string }) => i.id)).toEqual(expected(key, order));
      }
    }
  });

  it('pages through the sorted list without repeating or skipping rows, and counts all of them', async () => {
    const pages: string[] = [];
    for (const page of [0, 1, 2]) {
      const result = await t.gql(`{ allInitiatives(sortField: "owner.name", sortOrder: "DESC", page: ${page}, perPage: 3) { id } _allInitiativesMeta { count } }`);
      pages.push(...result.data!.allInitiatives.map((i: { id: string }) => i.id));
      expect(result.data!._allInitiativesMeta.count).toBe(rows.length);
    }
    expect(pages).toEqual(expected(row => row.owner, 'DESC'));
  });

  it('sorts with a filter: the filter and the join do not disturb each other', async () => {
    const result = await t.gql('query($d: ID!) { allInitiatives(sortField: "owner.name", filter: { departmentId: $d }) { id owner { name } } }', { d: departments.Digital });
    expect(result.data!.allInitiatives.map((i: { owner: { name: string } }) => i.owner.name)).toEqual(['Anna Owner', 'Zed Owner']);
  });

  it('sorts by a reference while filtering by score: the filter keeps its rows, the order is the one asked for', async () => {
    // No stage impacts here: every score is 0, so the bound keeps them all, and a bound above 0 none.
    const kept = await t.gql('{ allInitiatives(sortField: "department.name", sortOrder: "DESC", filter: { priorityScore_gte: 0 }) { id } _allInitiativesMeta(filter: { priorityScore_gte: 0 }) { count } }');
    expect(kept.errors).toBeUndefined();
    expect(kept.data!.allInitiatives.map((i: { id: string }) => i.id)).toEqual(expected(row => row.department, 'DESC'));
    expect(kept.data!._allInitiativesMeta.count).toBe(rows.length);
    const page = await t.gql('{ allInitiatives(sortField: "owner.name", page: 1, perPage: 3, filter: { priorityScore_lte: 0 }) { id } }');
    expect(page.data!.allInitiatives.map((i: { id: string }) => i.id)).toEqual(expected(row => row.owner, 'ASC').slice(3, 6));
    const none = await t.gql('{ allInitiatives(sortField: "owner.name", filter: { priorityScore_gte: 0.001 }) { id } }');
    expect(none.data!.allInitiatives).toEqual([]);
  });

  it('sorts other lists the same way: people by their department, those without one last', async () => {
    const result = await t.gql('{ allPeople(sortField: "department.name") { id name department { name } } }');
    expect(result.errors).toBeUndefined();
    const people = result.data!.allPeople as { id: string; department: { name: string } | null }[];
    const withDepartment = people.filter(p => p.department).map(p => p.department!.name);
    expect(withDepartment).toEqual(['Away Department', 'Home Department']);
    // Those without a department come last, by id.
    const rest = people.slice(withDepartment.length);
    expect(rest.every(p => p.department === null)).toBe(true);
    expect(rest.map(p => Number(p.id))).toEqual(rest.map(p => Number(p.id)).sort((a, b) => a - b));
  });

  it.each([
    'department.secret',
    'foo.name',
    'department.lead.name',
    'owner.passwordHash',
    'contributingDepartments.name',
    'impacts.level',
    'department.',
    '.name',
    'title.length',
  ])('refuses sortField %s with BAD_USER_INPUT naming sortField', async sortField => {
    const error = onlyError(await t.gql('query($s: String) { allInitiatives(sortField: $s) { id } }', { s: sortField }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sortField' });
  });
});
