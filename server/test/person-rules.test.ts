import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { fingerprint, onlyError, startTestServer, type GqlResult, type TestServer } from './harness.js';
import { inTurn } from './in-turn.js';
import { expectSorted, type SortKind } from './sort-order.js';

/**
 * Rules about people as a whole. The regie team manages people, departments and tokens
 * (DESIGN §5): its last active member cannot be demoted, deactivated or deleted, also not by two
 * changes at once. (A department's lead: department.test.ts.)
 */
let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

const UPDATE = `mutation($id: ID!, $version: Int!, $name: String, $role: Role, $active: Boolean) {
  updatePerson(id: $id, version: $version, name: $name, role: $role, active: $active) { id role active version } }`;

const PASSWORD = 'a password for the rules';

interface Someone {
  id: string;
  email: string;
  token: string;
}

async function createPerson(name: string, role: string, active = true): Promise<Someone> {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}@test.regie`;
  const created = await t.gql('mutation($name: String!, $email: String!, $role: Role!, $active: Boolean, $password: String) { createPerson(name: $name, email: $email, role: $role, active: $active, password: $password) { id } }', { name, email, role, active, password: PASSWORD });
  expect(created.errors).toBeUndefined();
  const person = { id: created.data!.createPerson.id as string, email, token: '' };
  if (active) await signIn(person);
  return person;
}

/** A fresh session (a deactivation ends the person's sessions). */
async function signIn(person: Someone): Promise<void> {
  const session = await t.gql('mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }', { email: person.email, password: PASSWORD }, null);
  expect(session.errors).toBeUndefined();
  person.token = session.data!.signIn.token;
}

/** Reads as the viewer, who stays active whatever happens to the regie team below. */
const read = (query: string, variables?: Record<string, unknown>) => t.gql(query, variables, t.actors.people.viewer.token);

async function current(id: string): Promise<{ role: string; active: boolean; version: number }> {
  return (await read('query($id: ID!) { Person(id: $id) { role active version } }', { id })).data!.Person;
}

async function update(id: string, changes: Record<string, unknown>, token?: string): Promise<GqlResult> {
  return t.gql(UPDATE, { id, version: (await current(id)).version, ...changes }, token);
}

const activeRegie = async (): Promise<number> => (await read('{ _allPeopleMeta(filter: { role: REGIE, active: true }) { count } }')).data!._allPeopleMeta.count;

describe('the last active REGIE member', () => {
  beforeAll(async () => {
    // An inactive REGIE member does not count: the test regie person is the only active one.
    await createPerson('Dormant Regie', 'REGIE', false);
    expect(await activeRegie()).toBe(1);
  });

  it.each([
    ['demoted', { role: 'VIEWER' }, 'role'],
    ['made a lead', { role: 'DEPARTMENT_LEAD' }, 'role'],
    ['deactivated', { active: false }, 'active'],
    ['demoted and deactivated at once', { role: 'VIEWER', active: false }, 'role'],
  ])('cannot be %s: BAD_USER_INPUT on the field, saying why, and nothing changes', async (change, changes, field) => {
    const { regie } = t.actors.people;
    const before = await fingerprint(t.db);
    const error = onlyError(await update(regie.id, changes));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field });
    const verb = change === 'deactivated' ? 'deactivated' : 'demoted';
    expect(error.message).toBe(`Test regie is the last active REGIE member and cannot be ${verb}: nobody would be left to manage people, departments and tokens; make someone else REGIE first`);
    expect(await fingerprint(t.db)).toBe(before);
  });

  it('may still change anything else', async () => {
    const renamed = await update(t.actors.people.regie.id, { name: 'Test regie', role: 'REGIE', active: true });
    expect(renamed.errors).toBeUndefined();
  });

  it('can be demoted, deactivated or deleted once another active member remains', async () => {
    const { regie } = t.actors.people;
    const second = await createPerson('Second Regie', 'REGIE');
    expect((await update(second.id, { role: 'VIEWER' })).errors).toBeUndefined();
    expect((await update(second.id, { role: 'REGIE' })).errors).toBeUndefined();
    // The other way round: the second demotes the first, is then the last, and promotes the first back.
    expect((await update(regie.id, { role: 'VIEWER' }, second.token)).errors).toBeUndefined();
    expect(onlyError(await update(second.id, { role: 'VIEWER' }, second.token))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'role' });
    expect((await update(regie.id, { role: 'REGIE' }, second.token)).errors).toBeUndefined();
    expect((await update(second.id, { active: false })).errors).toBeUndefined();
    expect((await update(second.id, { active: true })).errors).toBeUndefined();
    expect((await t.gql('mutation($id: ID!) { deletePerson(id: $id) { id } }', { id: second.id })).errors).toBeUndefined();
    expect(await activeRegie()).toBe(1);
  });
});

describe('the people of a department', () => {
  const SORTABLE: Record<string, SortKind> = {
    id: 'id', name: 'text', email: 'text', role: 'text', departmentId: 'id', active: 'boolean', version: 'number', createdAt: 'time', updatedAt: 'time',
  };

  beforeAll(async () => {
    // Rows that differ from the id order on every field.
    await createPerson('ann Example', 'VIEWER', false);
    const bob = await createPerson('Bob Example', 'VIEWER');
    await update(bob.id, { name: 'Bob Example-Jones' });
  });

  it.each(Object.entries(SORTABLE))('sort by %s both ways, ties by id', (field, kind) => expectSorted(t, 'allPeople', field, kind));

  it('are not sorted by their password hash', async () => {
    expect(onlyError(await t.gql('{ allPeople(sortField: "passwordHash") { id } }'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sortField' });
  });
});

// Last: the test regie person is deactivated here, so the calls below name their callers.
describe('two regie members changing each other at once', () => {
  let a: Someone;
  let b: Someone;

  beforeAll(async () => {
    a = await createPerson('Regie A', 'REGIE');
    b = await createPerson('Regie B', 'REGIE');
    expect((await update(t.actors.people.regie.id, { active: false }, a.token)).errors).toBeUndefined();
    expect(await activeRegie()).toBe(2);
  });

  it('cannot both demote the other: the one who comes second is refused, and one member remains', async () => {
    const [first, second] = await inTurn(t, [() => update(b.id, { role: 'VIEWER' }, a.token), () => update(a.id, { role: 'VIEWER' }, b.token)]);
    expect(first.errors).toBeUndefined();
    expect(onlyError(second)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'role' });
    expect(onlyError(second).message).toMatch(/^Regie A is the last active REGIE member and cannot be demoted/);
    expect(await current(a.id)).toMatchObject({ role: 'REGIE', active: true });
    expect(await activeRegie()).toBe(1);
    expect((await update(b.id, { role: 'REGIE' }, a.token)).errors).toBeUndefined();
  });

  it('cannot deactivate the one and delete the other at once', async () => {
    const deleteB = () => t.gql('mutation($id: ID!) { deletePerson(id: $id) { id } }', { id: b.id }, a.token);
    const [first, second] = await inTurn(t, [() => update(a.id, { active: false }, b.token), deleteB]);
    expect(first.errors).toBeUndefined();
    expect(onlyError(second)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(onlyError(second).message).toMatch(/^Regie B is the last active REGIE member and cannot be deleted/);
    expect(await current(b.id)).toMatchObject({ role: 'REGIE', active: true });
    expect(await activeRegie()).toBe(1);
    expect((await update(a.id, { active: true }, b.token)).errors).toBeUndefined();
    await signIn(a);
  });

  it('keep one member however two demotions at once interleave', async () => {
    for (let round = 0; round < 5; round++) {
      const [va, vb] = [(await current(a.id)).version, (await current(b.id)).version];
      const results = await Promise.all([t.gql(UPDATE, { id: b.id, version: vb, role: 'VIEWER' }, a.token), t.gql(UPDATE, { id: a.id, version: va, role: 'VIEWER' }, b.token)]);
      expect(results.filter(result => !result.errors)).toHaveLength(1);
      // The loser is refused by the rule, or, if it arrived after the winner's commit, as no longer REGIE.
      const loser = onlyError(results.find(result => result.errors)!);
      expect(loser.code === 'FORBIDDEN' || (loser.code === 'BAD_USER_INPUT' && loser.field === 'role')).toBe(true);
      expect(await activeRegie()).toBe(1);
      // The one left promotes the other back for the next round.
      const [left, demoted] = (await current(a.id)).role === 'REGIE' ? [a, b] : [b, a];
      expect((await update(demoted.id, { role: 'REGIE' }, left.token)).errors).toBeUndefined();
    }
  });
});
