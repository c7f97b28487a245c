import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { onlyError, startTestServer, type TestServer } from './harness.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

const ENTRIES = `query($filter: AuditEntryFilter) {
  allAuditEntries(filter: $filter, sortField: "id", sortOrder: "ASC") { id at actorType actorId actorName actorEmail operation entity entityId action changes { field before after } }
  _allAuditEntriesMeta(filter: $filter) { count }
}`;

const entries = async (filter: Record<string, unknown>) => {
  const result = await t.gql(ENTRIES, { filter });
  expect(result.errors).toBeUndefined();
  return result.data!.allAuditEntries as any[];
};

describe('the audit trail', () => {
  it('records who created, changed and deleted a department, with before and after', async () => {
    const created = await t.gql('mutation { createDepartment(name: "Legal", code: "LEG", description: "Contracts") { id } }');
    const id = created.data!.createDepartment.id;
    await t.gql('mutation($id: ID!) { updateDepartment(id: $id, version: 1, name: "Legal & Compliance") { id } }', { id });
    await t.gql('mutation($id: ID!) { deleteDepartment(id: $id) { id } }', { id });

    const trail = await entries({ entity: 'Department', entityId: id });
    expect(trail.map(e => [e.operation, e.action])).toEqual([
      ['createDepartment', 'CREATE'],
      ['updateDepartment', 'UPDATE'],
      ['deleteDepartment', 'DELETE'],
    ]);
    for (const entry of trail) {
      // People by name (DESIGN §1), with the email they had at that moment.
      expect(entry).toMatchObject({ actorType: 'PERSON', actorId: t.actors.people.regie.id, actorName: 'Test regie', actorEmail: 'regie@test.regie', entity: 'Department', entityId: id });
    }
    const [create, update, remove] = trail;
    expect(create.changes).toEqual(expect.arrayContaining([
      { field: 'name', before: null, after: 'Legal' },
      { field: 'code', before: null, after: 'LEG' },
      { field: 'description', before: null, after: 'Contracts' },
    ]));
    expect(update.changes).toEqual([{ field: 'name', before: 'Legal', after: 'Legal & Compliance' }]);
    expect(remove.changes).toEqual(expect.arrayContaining([{ field: 'name', before: 'Legal & Compliance', after: null }]));
  });

  it('records the API token that acted', async () => {
    const issued = await t.gql('mutation { issueApiToken(name: "robot", scopes: ["read"]) { apiToken { id } } }');
    const tokenId = issued.data!.issueApiToken.apiToken.id;
    const trail = await entries({ entity: 'ApiToken', entityId: tokenId });
    expect(trail).toHaveLength(1);
    expect(trail[0].changes).toEqual(expect.arrayContaining([{ field: 'secretHash', before: null, after: '[redacted]' }]));
  });

  it('never holds a secret: password changes are redacted', async () => {
    const person = await t.gql('mutation { createPerson(name: "Auditee", email: "auditee@test.regie", role: VIEWER, password: "first password!") { id version } }');
    const { id, version } = person.data!.createPerson;
    await t.gql('mutation($id: ID!, $version: Int!) { updatePerson(id: $id, version: $version, password: "second password!") { id } }', { id, version });
    const trail = await entries({ entity: 'Person', entityId: id });
    expect(trail.map(e => e.action)).toEqual(['CREATE', 'UPDATE']);
    expect(trail[1].changes).toEqual([{ field: 'passwordHash', before: '[redacted]', after: '[redacted]' }]);
    expect(JSON.stringify(trail)).not.toMatch(/scrypt|password!/);
  });

  it('writes nothing for a refused or failed mutation', async () => {
    const before = (await t.gql('{ _allAuditEntriesMeta { count } }')).data!._allAuditEntriesMeta.count;
    expect(onlyError(await t.gql('mutation { createDepartment(name: "Dup", code: "HOME") { id } }')).code).toBe('BAD_USER_INPUT');
    expect(onlyError(await t.gql('mutation { createDepartment(name: "No", code: "NOPE") { id } }', {}, t.actors.people.viewer.token)).code).toBe('FORBIDDEN');
    const after = (await t.gql('{ _allAuditEntriesMeta { count } }')).data!._allAuditEntriesMeta.count;
    expect(after).toBe(before);
  });

  it('filters by actor, entity, id and time range', async () => {
    await new Promise(resolve => setTimeout(resolve, 20));
    const start = new Date().toISOString();
    await t.gql('mutation { createDepartment(name: "Window", code: "WIN") { id } }');
    const end = new Date().toISOString();
    const inWindow = await entries({ at_gte: start, at_lte: end });
    expect(inWindow.map(e => e.operation)).toEqual(['createDepartment']);
    expect(await entries({ at_lte: '2000-01-01T00:00:00Z' })).toEqual([]);
    const byActor = await entries({ actorId: t.actors.people.regie.id });
    expect(byActor.length).toBeGreaterThan(3);
    expect(await entries({ actorId: t.actors.people.viewer.id })).toEqual([]);
    const byEntity = await entries({ entity: 'Person' });
    expect(byEntity.every(e => e.entity === 'Person')).toBe(true);
  });

  it('records changes of many-to-many sets as lists of ids', async () => {
    const a = (await t.gql('mutation { createSegment(name: "Audit A", share: 0.1) { id } }')).data!.createSegment.id;
    const b = (await t.gql('mutation { createSegment(name: "Audit B", share: 0.2) { id } }')).data!.createSegment.id;
    const journey = await t.gql('mutation($s: [ID!]) { createJourney(name: "Audited journey", segmentIds: $s) { id version } }', { s: [a] });
    const { id, version } = journey.data!.createJourney;
    const updated = await t.gql('mutation($id: ID!, $version: Int!, $s: [ID!]) { updateJourney(id: $id, version: $version, segmentIds: $s) { id } }', { id, version, s: [b, a] });
    expect(updated.errors).toBeUndefined();
    const trail = await entries({ entity: 'Journey', entityId: id });
    expect(trail.map(e => e.action)).toEqual(['CREATE', 'UPDATE']);
    expect(trail[0].changes).toEqual(expect.arrayContaining([{ field: 'segments', before: [], after: [Number(a)] }]));
    expect(trail[1].changes).toEqual(expect.arrayContaining([{ field: 'segments', before: [Number(a)], after: [Number(a), Number(b)].sort((x, y) => x - y) }]));
  });

  it('is for the regie team only', async () => {
    for (const who of ['lead', 'viewer'] as const) {
      expect(onlyError(await t.gql('{ allAuditEntries { id } }', {}, t.actors.people[who].token)).code).toBe('FORBIDDEN');
    }
  });
});
