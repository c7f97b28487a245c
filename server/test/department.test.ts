import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { fingerprint, onlyError, startTestServer, type TestServer } from './harness.js';
import { inTurn } from './in-turn.js';
import { expectSorted, type SortKind } from './sort-order.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

const FIELDS = 'id name code description version createdAt updatedAt';

async function create(name: string, code: string, description?: string) {
  const result = await t.gql(`mutation($name: String!, $code: String!, $description: String) {
    createDepartment(name: $name, code: $code, description: $description) { ${FIELDS} } }`, { name, code, description });
  expect(result.errors).toBeUndefined();
  return result.data!.createDepartment;
}

const SORTABLE: Record<string, SortKind> = {
  id: 'id', name: 'text', code: 'text', description: 'text', leadId: 'id', version: 'number', createdAt: 'time', updatedAt: 'time',
};

const list = (args = '', filter?: Record<string, unknown>) =>
  t.gql(`query($filter: DepartmentFilter) { allDepartments(${args}${args ? ', ' : ''}filter: $filter) { id code name } _allDepartmentsMeta(filter: $filter) { count } }`, { filter });

describe('departments', () => {
  let ids: Record<string, string>;

  beforeAll(async () => {
    ids = {};
    for (const [name, code, description] of [
      ['Marketing', 'mkt', 'Brand and campaigns'],
      ['Sales', 'SAL', 'New customers'],
      ['Customer Service', 'CS', 'Phone and chat support'],
      ['Billing', 'BIL', null],
    ] as const) {
      ids[code.toUpperCase()] = (await create(name, code, description ?? undefined)).id;
    }
  });

  it('creates with the code in capitals, version 1 and timestamps', async () => {
    const dept = await create('Digital', 'dig', 'Web and app');
    expect(dept).toMatchObject({ name: 'Digital', code: 'DIG', description: 'Web and app', version: 1 });
    expect(Date.parse(dept.createdAt)).not.toBeNaN();
    const read = await t.gql(`query($id: ID!) { Department(id: $id) { ${FIELDS} } }`, { id: dept.id });
    expect(read.data!.Department).toEqual(dept);
    await t.gql('mutation($id: ID!) { deleteDepartment(id: $id) { id } }', { id: dept.id });
  });

  it('lists with counts that match the filters', async () => {
    const all = await list();
    expect(all.data!._allDepartmentsMeta.count).toBe(6);
    const q = await list('', { q: 'CHAT' });
    expect(q.data!.allDepartments.map((d: { code: string }) => d.code)).toEqual(['CS']);
    expect(q.data!._allDepartmentsMeta.count).toBe(1);
    const byName = await list('', { q: 'sale' });
    expect(byName.data!.allDepartments.map((d: { code: string }) => d.code)).toEqual(['SAL']);
    const byIds = await list('', { ids: [ids.MKT, ids.BIL] });
    expect(byIds.data!.allDepartments.map((d: { code: string }) => d.code).sort()).toEqual(['BIL', 'MKT']);
    expect(byIds.data!._allDepartmentsMeta.count).toBe(2);
    const byCode = await list('', { code: 'cs' });
    expect(byCode.data!.allDepartments.map((d: { code: string }) => d.code)).toEqual(['CS']);
    const wildcard = await list('', { q: '%' });
    expect(wildcard.data!._allDepartmentsMeta.count).toBe(0);
    const future = await list('', { createdAt_gte: new Date(Date.now() + 3_600_000).toISOString() });
    expect(future.data!._allDepartmentsMeta.count).toBe(0);
    const past = await list('', { createdAt_lte: new Date(Date.now() + 3_600_000).toISOString() });
    expect(past.data!._allDepartmentsMeta.count).toBe(6);
  });

  it.each([
    ['code', 'ASC', ['AWAY', 'BIL', 'CS', 'HOME', 'MKT', 'SAL']],
    ['code', 'DESC', ['SAL', 'MKT', 'HOME', 'CS', 'BIL', 'AWAY']],
    ['name', 'ASC', ['AWAY', 'BIL', 'CS', 'HOME', 'MKT', 'SAL']],
    ['id', 'DESC', ['BIL', 'CS', 'SAL', 'MKT', 'AWAY', 'HOME']],
    ['createdAt', 'ASC', ['HOME', 'AWAY', 'MKT', 'SAL', 'CS', 'BIL']],
  ])('sorts by %s %s', async (field, order, expected) => {
    const result = await list(`sortField: "${field}", sortOrder: "${order}"`);
    expect(result.data!.allDepartments.map((d: { code: string }) => d.code)).toEqual(expected);
  });

  describe('on every field', () => {
    beforeAll(async () => {
      // Versions and update times out of the id order; BIL keeps its null description.
      const edit = (id: string, version: number, changes: string) => t.gql(`mutation($id: ID!) { updateDepartment(id: $id, version: ${version}, ${changes}) { id } }`, { id });
      expect((await edit(ids.BIL, 1, 'name: "Billing & payments"')).errors).toBeUndefined();
      expect((await edit(ids.SAL, 1, 'description: "New and returning customers"')).errors).toBeUndefined();
      expect((await edit(ids.BIL, 2, 'name: "Billing"')).errors).toBeUndefined();
    });

    it.each(Object.entries(SORTABLE))('sorts by %s both ways, ties by id', (field, kind) => expectSorted(t, 'allDepartments', field, kind));
  });

  it('paginates from page 0 without repeating rows', async () => {
    const first = await list('page: 0, perPage: 4, sortField: "code"');
    const second = await list('page: 1, perPage: 4, sortField: "code"');
    expect(first.data!.allDepartments.map((d: { code: string }) => d.code)).toEqual(['AWAY', 'BIL', 'CS', 'HOME']);
    expect(second.data!.allDepartments.map((d: { code: string }) => d.code)).toEqual(['MKT', 'SAL']);
    expect(second.data!._allDepartmentsMeta.count).toBe(6);
  });

  it.each([
    ['sortField: "password"', 'sortField'],
    ['sortOrder: "SIDEWAYS"', 'sortOrder'],
    ['perPage: 0', 'perPage'],
    ['perPage: 100000', 'perPage'],
    ['page: -1', 'page'],
  ])('refuses list arguments %s naming the field', async (args, field) => {
    const error = onlyError(await list(args));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.field).toBe(field);
  });

  it.each([
    [{ name: '', code: 'NEW' }, 'name'],
    [{ name: 'x'.repeat(121), code: 'NEW' }, 'name'],
    [{ name: 'New', code: '' }, 'code'],
    [{ name: 'New', code: '1AB' }, 'code'],
    [{ name: 'New', code: 'WAY_TOO_LONG_A_CODE' }, 'code'],
    [{ name: 'New', code: 'A B' }, 'code'],
    [{ name: 'New', code: 'cs' }, 'code'],
  ])('refuses invalid create %j naming the field, changing nothing', async (input, field) => {
    const result = await t.gql('mutation($name: String!, $code: String!) { createDepartment(name: $name, code: $code) { id } }', input);
    const error = onlyError(result);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.field).toBe(field);
    expect((await list()).data!._allDepartmentsMeta.count).toBe(6);
  });

  it('updates with the current version and bumps it', async () => {
    const created = await create('Field Operations', 'OPS');
    const updated = await t.gql(`mutation($id: ID!) { updateDepartment(id: $id, version: 1, name: "Field Ops", description: "Outages") { ${FIELDS} } }`, { id: created.id });
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateDepartment).toMatchObject({ name: 'Field Ops', code: 'OPS', description: 'Outages', version: 2 });
    expect(Date.parse(updated.data!.updateDepartment.updatedAt)).toBeGreaterThanOrEqual(Date.parse(created.updatedAt));

    const stale = onlyError(await t.gql('mutation($id: ID!) { updateDepartment(id: $id, version: 1, name: "Lost edit") { id } }', { id: created.id }));
    expect(stale.code).toBe('CONFLICT');
    expect(stale.extensions.currentVersion).toBe(2);
    const after = await t.gql('query($id: ID!) { Department(id: $id) { name version } }', { id: created.id });
    expect(after.data!.Department).toEqual({ name: 'Field Ops', version: 2 });

    const dup = onlyError(await t.gql('mutation($id: ID!) { updateDepartment(id: $id, version: 2, code: "mkt") { id } }', { id: created.id }));
    expect(dup).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    for (const field of ['name', 'code']) {
      const cleared = onlyError(await t.gql(`mutation($id: ID!) { updateDepartment(id: $id, version: 2, ${field}: null) { id } }`, { id: created.id }));
      expect(cleared).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    await t.gql('mutation($id: ID!) { deleteDepartment(id: $id) { id } }', { id: created.id });
  });

  it('answers NOT_FOUND for unknown ids and BAD_USER_INPUT for malformed ones', async () => {
    expect(onlyError(await t.gql('{ Department(id: "999999") { id } }')).code).toBe('NOT_FOUND');
    expect(onlyError(await t.gql('mutation { updateDepartment(id: "999999", version: 1, name: "x") { id } }')).code).toBe('NOT_FOUND');
    expect(onlyError(await t.gql('mutation { deleteDepartment(id: "999999") { id } }')).code).toBe('NOT_FOUND');
    expect(onlyError(await t.gql('{ Department(id: "abc") { id } }'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(onlyError(await t.gql('{ allDepartments(filter: { ids: ["x"] }) { id } }'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.ids' });
  });

  it('deletes and returns the deleted record', async () => {
    const created = await create('Temporary', 'TMP');
    const deleted = await t.gql('mutation($id: ID!) { deleteDepartment(id: $id) { id code } }', { id: created.id });
    expect(deleted.data!.deleteDepartment).toEqual({ id: created.id, code: 'TMP' });
    expect(onlyError(await t.gql('query($id: ID!) { Department(id: $id) { id } }', { id: created.id })).code).toBe('NOT_FOUND');
  });
});

describe('deleting what others point at', () => {
  it('refuses to delete a department that people belong to, naming them, and changes nothing', async () => {
    const error = onlyError(await t.gql('mutation($id: ID!) { deleteDepartment(id: $id) { id } }', { id: t.actors.departments.home }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(error.message).toBe(`Department ${t.actors.departments.home} is still used by 1 person (as department); change or delete those first`);
    expect((await t.gql('query($id: ID!) { Department(id: $id) { code } }', { id: t.actors.departments.home })).data!.Department.code).toBe('HOME');
  });

  it('refuses to delete a person who issued API tokens', async () => {
    const person = await t.gql('mutation { createPerson(name: "Issuer", email: "issuer@test.regie", role: REGIE, password: "issuer password") { id } }');
    const session = await t.gql('mutation { signIn(email: "issuer@test.regie", password: "issuer password") { token } }', {}, null);
    await t.gql('mutation { issueApiToken(name: "by issuer", scopes: ["read"]) { secret } }', {}, session.data!.signIn.token);
    const error = onlyError(await t.gql('mutation($id: ID!) { deletePerson(id: $id) { id } }', { id: person.data!.createPerson.id }));
    expect(error.message).toMatch(/still used by 1 api token \(as createdBy\)/);
  });
});

describe('lead and capacity', () => {
  const CAPACITY = `mutation($id: ID!, $version: Int!, $capacities: [CapacityInput!]) {
    updateDepartment(id: $id, version: $version, capacities: $capacities) { version capacities { quarter personWeeks } } }`;

  async function department(code: string, leadId?: string) {
    const result = await t.gql('mutation($code: String!, $leadId: ID) { createDepartment(name: "Led", code: $code, leadId: $leadId) { id leadId version lead { id email } } }', { code, leadId });
    expect(result.errors).toBeUndefined();
    return result.data!.createDepartment;
  }

  /** A viewer of `departmentId` (none when omitted), active unless told otherwise. */
  async function person(name: string, departmentId: string | null = null, active = true): Promise<string> {
    const email = `${name.toLowerCase().replace(/\W+/g, '.')}@test.regie`;
    const result = await t.gql('mutation($name: String!, $email: String!, $d: ID, $active: Boolean) { createPerson(name: $name, email: $email, role: VIEWER, departmentId: $d, active: $active) { id } }', { name, email, d: departmentId, active });
    expect(result.errors).toBeUndefined();
    return result.data!.createPerson.id;
  }

  const PERSON_UPDATE = 'mutation($id: ID!, $version: Int!, $d: ID, $active: Boolean) { updatePerson(id: $id, version: $version, departmentId: $d, active: $active) { departmentId active version } }';
  const LEAD_UPDATE = 'mutation($id: ID!, $version: Int!, $leadId: ID) { updateDepartment(id: $id, version: $version, leadId: $leadId) { leadId version lead { id } } }';
  const versionOf = async (type: 'Person' | 'Department', id: string): Promise<number> => (await t.gql(`query($id: ID!) { ${type}(id: $id) { version } }`, { id })).data![type].version;
  const departmentOf = async (id: string): Promise<string | null> => (await t.gql('query($id: ID!) { Person(id: $id) { departmentId } }', { id })).data!.Person.departmentId;

  it('creates with a lead who had no department and now belongs to it, reads the lead back and filters by it', async () => {
    const lena = await person('Lena Lead');
    const led = await department('LED', lena);
    expect(led).toMatchObject({ leadId: lena, version: 1, lead: { id: lena, email: 'lena.lead@test.regie' } });
    expect(await departmentOf(lena)).toBe(led.id);
    const unled = await department('UNLED');
    expect(unled).toMatchObject({ leadId: null, lead: null });

    const byLead = await t.gql('query($leadId: ID) { allDepartments(filter: { leadId: $leadId }) { code } _allDepartmentsMeta(filter: { leadId: $leadId }) { count } }', { leadId: lena });
    expect(byLead.data).toEqual({ allDepartments: [{ code: 'LED' }], _allDepartmentsMeta: { count: 1 } });
    await expectSorted(t, 'allDepartments', 'leadId', 'id');

    // Another lead: one of the department, or one without a department, who joins it.
    const mo = await person('Mo Member', led.id);
    const changed = await t.gql(LEAD_UPDATE, { id: led.id, version: 1, leadId: mo });
    expect(changed.data!.updateDepartment).toEqual({ leadId: mo, version: 2, lead: { id: mo } });
    const newcomer = await person('Nia Newcomer');
    const joined = await t.gql(LEAD_UPDATE, { id: led.id, version: 2, leadId: newcomer });
    expect(joined.data!.updateDepartment).toEqual({ leadId: newcomer, version: 3, lead: { id: newcomer } });
    expect(await departmentOf(newcomer)).toBe(led.id);
    const cleared = await t.gql(LEAD_UPDATE, { id: led.id, version: 3, leadId: null });
    expect(cleared.data!.updateDepartment).toEqual({ leadId: null, version: 4, lead: null });
  });

  it('refuses as lead someone of another department or inactive, on create and update, naming leadId and changing nothing', async () => {
    const away = t.actors.departments.away;
    const other = await person('Olga Other', away);
    const inactive = await person('Ivo Inactive', null, false);
    const target = await department('TARGET');
    const before = await fingerprint(t.db);
    for (const [leadId, message] of [
      [other, "Olga Other belongs to Away Department (AWAY), and a department's lead is a person of it: move them first, or choose someone of this department or without one"],
      [inactive, "Ivo Inactive is inactive: a department's lead is an active person of it"],
    ]) {
      const created = onlyError(await t.gql('mutation($leadId: ID) { createDepartment(name: "Refused", code: "REFUSED", leadId: $leadId) { id } }', { leadId }));
      expect(created).toMatchObject({ code: 'BAD_USER_INPUT', field: 'leadId', message });
      const updated = onlyError(await t.gql(LEAD_UPDATE, { id: target.id, version: 1, leadId }));
      expect(updated).toMatchObject({ code: 'BAD_USER_INPUT', field: 'leadId', message });
    }
    expect(await fingerprint(t.db)).toBe(before);
  });

  it('keeps a lead in the department: their move or deactivation is refused until another lead is chosen', async () => {
    const lead = await person('Pia Principal');
    const { id } = await department('KEPT', lead);
    const before = await fingerprint(t.db);
    const version = await versionOf('Person', lead);
    const message = "Pia Principal leads Led (KEPT), and a department's lead is an active person of it: choose another lead for KEPT first, or clear its lead";
    for (const [changes, field] of [[{ d: t.actors.departments.away }, 'departmentId'], [{ d: null }, 'departmentId'], [{ active: false }, 'active']] as const) {
      expect(onlyError(await t.gql(PERSON_UPDATE, { id: lead, version, ...changes }))).toMatchObject({ code: 'BAD_USER_INPUT', field, message });
    }
    expect(await fingerprint(t.db)).toBe(before);
    // Staying in the department is no move.
    expect((await t.gql(PERSON_UPDATE, { id: lead, version, d: id })).errors).toBeUndefined();

    expect((await t.gql(LEAD_UPDATE, { id, version: 1, leadId: null })).errors).toBeUndefined();
    const moved = await t.gql(PERSON_UPDATE, { id: lead, version: await versionOf('Person', lead), d: t.actors.departments.away, active: false });
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.updatePerson).toMatchObject({ departmentId: t.actors.departments.away, active: false });
  });

  it('refuses whichever comes second of choosing a lead and moving that person away at once', async () => {
    const away = t.actors.departments.away;
    // The lead is chosen first: the move that queued behind it is refused.
    const first = await department('RACE1');
    const quinn = await person('Quinn', first.id);
    const quinnVersion = await versionOf('Person', quinn);
    const [chosen, move] = await inTurn(t, [
      () => t.gql(LEAD_UPDATE, { id: first.id, version: 1, leadId: quinn }),
      () => t.gql(PERSON_UPDATE, { id: quinn, version: quinnVersion, d: away }),
    ]);
    expect(chosen.errors).toBeUndefined();
    expect(onlyError(move)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'departmentId' });
    expect(await departmentOf(quinn)).toBe(first.id);

    // The move comes first: choosing the person who just left is refused.
    const second = await department('RACE2');
    const rae = await person('Rae', second.id);
    const raeVersion = await versionOf('Person', rae);
    const [moved, late] = await inTurn(t, [
      () => t.gql(PERSON_UPDATE, { id: rae, version: raeVersion, d: away }),
      () => t.gql(LEAD_UPDATE, { id: second.id, version: 1, leadId: rae }),
    ]);
    expect(moved.errors).toBeUndefined();
    expect(onlyError(late)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'leadId' });
    expect((await t.gql('query($id: ID!) { Department(id: $id) { leadId } }', { id: second.id })).data!.Department.leadId).toBeNull();
  });

  it.each([
    ['create', 'mutation { createDepartment(name: "Nobody", code: "NOBODY", leadId: "999999") { id } }'],
    ['create', 'mutation { createDepartment(name: "Nobody", code: "NOBODY", leadId: "someone") { id } }'],
    ['update', 'mutation($id: ID!) { updateDepartment(id: $id, version: 1, leadId: "999999") { id } }'],
  ])('refuses an unknown lead on %s as BAD_USER_INPUT on leadId', async (_op, query) => {
    const error = onlyError(await t.gql(query, { id: t.actors.departments.away }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'leadId' });
  });

  it('replaces the capacity per quarter, in quarter order, bumping the version only on a change', async () => {
    const { id } = await department('CAP');
    const first = await t.gql(CAPACITY, { id, version: 1, capacities: [{ quarter: '2027-Q2', personWeeks: 12 }, { quarter: '2027-Q1', personWeeks: 10.5 }, { quarter: '2026-Q4', personWeeks: 0 }] });
    expect(first.errors).toBeUndefined();
    expect(first.data!.updateDepartment).toEqual({
      version: 2,
      capacities: [{ quarter: '2026-Q4', personWeeks: 0 }, { quarter: '2027-Q1', personWeeks: 10.5 }, { quarter: '2027-Q2', personWeeks: 12 }],
    });

    // Keeps 2027-Q1 as it is, changes 2027-Q2, drops 2026-Q4, adds 2027-Q3.
    const second = await t.gql(CAPACITY, { id, version: 2, capacities: [{ quarter: '2027-Q3', personWeeks: 8 }, { quarter: '2027-Q2', personWeeks: 6 }, { quarter: '2027-Q1', personWeeks: 10.5 }] });
    expect(second.data!.updateDepartment).toEqual({
      version: 3,
      capacities: [{ quarter: '2027-Q1', personWeeks: 10.5 }, { quarter: '2027-Q2', personWeeks: 6 }, { quarter: '2027-Q3', personWeeks: 8 }],
    });
    const read = await t.gql('query($id: ID!) { Department(id: $id) { version capacities { quarter personWeeks } } }', { id });
    expect(read.data!.Department).toEqual(second.data!.updateDepartment);

    const same = await t.gql(CAPACITY, { id, version: 3, capacities: [{ quarter: '2027-Q1', personWeeks: 10.5 }, { quarter: '2027-Q3', personWeeks: 8 }, { quarter: '2027-Q2', personWeeks: 6 }] });
    expect(same.data!.updateDepartment.version).toBe(3);
    const untouched = await t.gql('mutation($id: ID!) { updateDepartment(id: $id, version: 3, description: "No capacity given") { version capacities { quarter } } }', { id });
    expect(untouched.data!.updateDepartment).toEqual({ version: 4, capacities: [{ quarter: '2027-Q1' }, { quarter: '2027-Q2' }, { quarter: '2027-Q3' }] });

    const stale = onlyError(await t.gql(CAPACITY, { id, version: 3, capacities: [] }));
    expect(stale).toMatchObject({ code: 'CONFLICT', extensions: { currentVersion: 4 } });
    const emptied = await t.gql(CAPACITY, { id, version: 4, capacities: [] });
    expect(emptied.data!.updateDepartment).toEqual({ version: 5, capacities: [] });

    const trail = await t.gql('{ allAuditEntries(filter: { entity: "DepartmentCapacity" }, sortField: "id") { action changes { field before after } } }');
    // 3 created; then 1 changed, 1 dropped, 1 added; then the 3 left dropped.
    expect(trail.data!.allAuditEntries.map((e: { action: string }) => e.action).sort()).toEqual(['CREATE', 'CREATE', 'CREATE', 'CREATE', 'DELETE', 'DELETE', 'DELETE', 'DELETE', 'UPDATE']);
    expect(trail.data!.allAuditEntries.find((e: { action: string }) => e.action === 'UPDATE').changes).toEqual([{ field: 'personWeeks', before: 12, after: 6 }]);
  });

  let badCapacities = 0;
  it.each([
    ['capacities', [{ quarter: '2027-Q1', personWeeks: 1 }, { quarter: '2027-Q1', personWeeks: 2 }]],
    ['capacities.0.quarter', [{ quarter: '2027-Q5', personWeeks: 1 }]],
    ['capacities.1.quarter', [{ quarter: '2027-Q1', personWeeks: 1 }, { quarter: '27-Q1', personWeeks: 1 }]],
    ['capacities.0.quarter', [{ quarter: '2027-q1', personWeeks: 1 }]],
    ['capacities.0.personWeeks', [{ quarter: '2027-Q1', personWeeks: -0.5 }]],
  ])('refuses capacities with a bad %s, changing nothing', async (field, capacities) => {
    const { id } = await department(`BADCAP${badCapacities++}`);
    const before = await fingerprint(t.db);
    const error = onlyError(await t.gql(CAPACITY, { id, version: 1, capacities }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await fingerprint(t.db)).toBe(before);
  });

  it('deletes a department with its capacity; refuses to delete a person who leads a department', async () => {
    const person = await t.gql('mutation { createPerson(name: "Leader", email: "leader@test.regie", role: VIEWER) { id } }');
    const { id } = await department('GONE', person.data!.createPerson.id);
    await t.gql(CAPACITY, { id, version: 1, capacities: [{ quarter: '2027-Q1', personWeeks: 3 }] });
    const refused = onlyError(await t.gql('mutation($id: ID!) { deletePerson(id: $id) { id } }', { id: person.data!.createPerson.id }));
    expect(refused.message).toBe(`Person ${person.data!.createPerson.id} is still used by 1 department (as lead); change or delete those first`);
    // The lead joined the department: without a lead, they go first, then the department.
    expect((await t.gql(LEAD_UPDATE, { id, version: 2, leadId: null })).errors).toBeUndefined();
    expect((await t.gql('mutation($id: ID!) { deletePerson(id: $id) { id } }', { id: person.data!.createPerson.id })).errors).toBeUndefined();
    const deleted = await t.gql('mutation($id: ID!) { deleteDepartment(id: $id) { id code } }', { id });
    expect(deleted.errors).toBeUndefined();
  });

  it('loads leads and capacities of a page in a fixed number of queries, however many departments', async () => {
    let statements = 0;
    const counted = await startTestServer({ onQuery: () => statements++ });
    try {
      const query = '{ allDepartments(perPage: 100) { id lead { id } capacities { quarter } } }';
      const make = async (code: string) => {
        // A lead of its own each: a person without a department, who joins it.
        const lead = await counted.gql('mutation($email: String!) { createPerson(name: "N lead", email: $email, role: VIEWER) { id } }', { email: `${code.toLowerCase()}.lead@test.regie` });
        const created = await counted.gql('mutation($code: String!, $lead: ID!) { createDepartment(name: "N", code: $code, leadId: $lead) { id } }', { code, lead: lead.data!.createPerson.id });
        await counted.gql(CAPACITY, { id: created.data!.createDepartment.id, version: 1, capacities: [{ quarter: '2027-Q1', personWeeks: 1 }] });
      };
      const measure = async () => {
        statements = 0;
        const result = await counted.gql(query);
        expect(result.errors).toBeUndefined();
        return { rows: result.data!.allDepartments.length, statements };
      };
      await make('N1');
      const few = await measure();
      for (const code of ['N2', 'N3', 'N4', 'N5']) await make(code);
      const many = await measure();
      expect([few.rows, many.rows]).toEqual([3, 7]);
      expect(many.statements).toBe(few.statements);
    } finally {
      await counted.close();
    }
  });

  it('is the regie team\'s: a lead and a viewer may not change a department, its lead or capacity', async () => {
    for (const person of [t.actors.people.lead, t.actors.people.viewer]) {
      const current = await t.gql('query($id: ID!) { Department(id: $id) { version } }', { id: t.actors.departments.home });
      const version = current.data!.Department.version;
      expect(onlyError(await t.gql(CAPACITY, { id: t.actors.departments.home, version, capacities: [{ quarter: '2027-Q1', personWeeks: 99 }] }, person.token)).code).toBe('FORBIDDEN');
      expect(onlyError(await t.gql('mutation($id: ID!, $v: Int!, $l: ID) { updateDepartment(id: $id, version: $v, leadId: $l) { id } }', { id: t.actors.departments.home, v: version, l: person.id }, person.token)).code).toBe('FORBIDDEN');
      expect(onlyError(await t.gql('mutation { createDepartment(name: "Mine", code: "MINE") { id } }', {}, person.token)).code).toBe('FORBIDDEN');
    }
  });
});
