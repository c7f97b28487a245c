import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { fingerprint, onlyError, startTestServer, type TestServer } from './harness.js';

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

  it('sorts on every scalar field', async () => {
    for (const field of ['id', 'name', 'code', 'description', 'version', 'createdAt', 'updatedAt']) {
      const result = await list(`sortField: "${field}"`);
      expect(result.errors).toBeUndefined();
      expect(result.data!.allDepartments).toHaveLength(6);
    }
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

  it('creates with a lead, reads the lead back and filters by it', async () => {
    const { lead, viewer } = t.actors.people;
    const led = await department('LED', lead.id);
    expect(led).toMatchObject({ leadId: lead.id, version: 1, lead: { id: lead.id, email: 'lead@test.regie' } });
    const unled = await department('UNLED');
    expect(unled).toMatchObject({ leadId: null, lead: null });

    const byLead = await t.gql('query($leadId: ID) { allDepartments(filter: { leadId: $leadId }) { code } _allDepartmentsMeta(filter: { leadId: $leadId }) { count } }', { leadId: lead.id });
    expect(byLead.data).toEqual({ allDepartments: [{ code: 'LED' }], _allDepartmentsMeta: { count: 1 } });

    const changed = await t.gql('mutation($id: ID!, $leadId: ID) { updateDepartment(id: $id, version: 1, leadId: $leadId) { leadId version lead { id } } }', { id: led.id, leadId: viewer.id });
    expect(changed.data!.updateDepartment).toEqual({ leadId: viewer.id, version: 2, lead: { id: viewer.id } });
    const cleared = await t.gql('mutation($id: ID!) { updateDepartment(id: $id, version: 2, leadId: null) { leadId version lead { id } } }', { id: led.id });
    expect(cleared.data!.updateDepartment).toEqual({ leadId: null, version: 3, lead: null });
    const sorted = await t.gql('{ allDepartments(sortField: "leadId") { code } }');
    expect(sorted.errors).toBeUndefined();
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
    const deleted = await t.gql('mutation($id: ID!) { deleteDepartment(id: $id) { id code } }', { id });
    expect(deleted.errors).toBeUndefined();
  });

  it('loads leads and capacities of a page in a fixed number of queries, however many departments', async () => {
    let statements = 0;
    const counted = await startTestServer({ onQuery: () => statements++ });
    try {
      const query = '{ allDepartments(perPage: 100) { id lead { id } capacities { quarter } } }';
      const make = async (code: string) => {
        const created = await counted.gql('mutation($code: String!, $lead: ID!) { createDepartment(name: "N", code: $code, leadId: $lead) { id } }', { code, lead: counted.actors.people.lead.id });
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
