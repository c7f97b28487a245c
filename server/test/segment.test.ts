import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { fingerprint, onlyError, startTestServer, type TestServer } from './harness.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

const FIELDS = 'id name description share version createdAt updatedAt';
const CREATE = `mutation($name: String!, $share: Float, $description: String) { createSegment(name: $name, share: $share, description: $description) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $name: String, $share: Float, $description: String) { updateSegment(id: $id, version: $version, name: $name, share: $share, description: $description) { ${FIELDS} } }`;

async function create(name: string, share?: number | null, description?: string) {
  const result = await t.gql(CREATE, { name, share, description });
  expect(result.errors).toBeUndefined();
  return result.data!.createSegment;
}

const list = async (filter?: Record<string, unknown>, args = 'sortField: "name"') => {
  const result = await t.gql(`query($filter: SegmentFilter) { allSegments(${args}, filter: $filter) { name } _allSegmentsMeta(filter: $filter) { count } }`, { filter });
  expect(result.errors).toBeUndefined();
  return { names: result.data!.allSegments.map((s: { name: string }) => s.name), count: result.data!._allSegmentsMeta.count };
};

describe('segments', () => {
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ids.Consumer = (await create('Consumer', 0.7, 'Households')).id;
    ids.SME = (await create('SME', 0.2, 'Small and medium enterprises')).id;
    ids.Business = (await create('Business', 0.1)).id;
    ids.Prospect = (await create('Prospect')).id;
  });

  it('creates with a trimmed name, a share and version 1, and reads it back', async () => {
    const segment = await create(' Students  ', 0, 'Living away from home');
    expect(segment).toMatchObject({ name: 'Students', share: 0, description: 'Living away from home', version: 1 });
    const read = await t.gql(`query($id: ID!) { Segment(id: $id) { ${FIELDS} } }`, { id: segment.id });
    expect(read.data!.Segment).toEqual(segment);
    expect((await t.gql('mutation($id: ID!) { deleteSegment(id: $id) { id name share } }', { id: segment.id })).data!.deleteSegment).toEqual({ id: segment.id, name: 'Students', share: 0 });
    expect(onlyError(await t.gql('query($id: ID!) { Segment(id: $id) { id } }', { id: segment.id })).code).toBe('NOT_FOUND');
  });

  it.each([
    ['nothing', () => ({}), ['Business', 'Consumer', 'Prospect', 'SME']],
    ['q in the name', () => ({ q: 'sum' }), ['Consumer']],
    ['q in the description', () => ({ q: 'ENTERPRISES' }), ['SME']],
    ['ids', () => ({ ids: [ids.SME, ids.Prospect] }), ['Prospect', 'SME']],
    ['share_gte', () => ({ share_gte: 0.2 }), ['Consumer', 'SME']],
    ['share_lte', () => ({ share_lte: 0.2 }), ['Business', 'SME']],
    ['share_lte 0 (not ignored as falsy)', () => ({ share_lte: 0 }), []],
    ['a share range', () => ({ share_gte: 0.15, share_lte: 0.5 }), ['SME']],
  ])('filters by %s, with a matching count', async (_case, filter, expected) => {
    expect(await list(filter())).toEqual({ names: expected, count: expected.length });
  });

  it.each([
    ['share', 'ASC', ['Business', 'SME', 'Consumer', 'Prospect']],
    ['share', 'DESC', ['Prospect', 'Consumer', 'SME', 'Business']],
    ['name', 'DESC', ['SME', 'Prospect', 'Consumer', 'Business']],
  ])('sorts by %s %s', async (field, direction, expected) => {
    expect((await list({}, `sortField: "${field}", sortOrder: "${direction}"`)).names).toEqual(expected);
  });

  it('sorts on every scalar field', async () => {
    for (const field of ['id', 'name', 'description', 'share', 'version', 'createdAt', 'updatedAt']) {
      expect((await list({}, `sortField: "${field}"`)).names).toHaveLength(4);
    }
  });

  it('paginates from page 0', async () => {
    expect(await list({}, 'sortField: "share", perPage: 2, page: 1')).toEqual({ names: ['Consumer', 'Prospect'], count: 4 });
  });

  it.each([
    ['name', { name: '' }],
    ['name', { name: '\t' }],
    ['name', { name: 'x'.repeat(81) }],
    ['name', { name: 'consumer' }],
    ['share', { name: 'New', share: -0.01 }],
    ['share', { name: 'New', share: 1.01 }],
    ['description', { name: 'New', description: 'x'.repeat(4001) }],
  ])('refuses a create with a bad %s (%j), changing nothing', async (field, input) => {
    const before = await fingerprint(t.db);
    const error = onlyError(await t.gql(CREATE, input));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await fingerprint(t.db)).toBe(before);
  });

  it('refuses a name taken under concurrent creates: one wins, the others get BAD_USER_INPUT on name', async () => {
    const results = await Promise.all(['Public', 'public', 'PUBLIC', 'Public '].map(name => t.gql(CREATE, { name })));
    const won = results.filter(r => !r.errors);
    expect(won).toHaveLength(1);
    for (const lost of results.filter(r => r.errors)) {
      expect(onlyError(lost)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name', message: 'name is already used by another segment' });
    }
    await t.gql('mutation($id: ID!) { deleteSegment(id: $id) { id } }', { id: won[0].data!.createSegment.id });
  });

  it('updates with the current version, clears the share, refuses bad values, a taken name and a stale version', async () => {
    const segment = await create('Seniors', 0.05);
    const edited = await t.gql(UPDATE, { id: segment.id, version: 1, name: 'Over 65', share: 1, description: 'Retired' });
    expect(edited.data!.updateSegment).toMatchObject({ name: 'Over 65', share: 1, description: 'Retired', version: 2 });
    const cleared = await t.gql(UPDATE, { id: segment.id, version: 2, share: null });
    expect(cleared.data!.updateSegment).toMatchObject({ name: 'Over 65', share: null, version: 3 });
    expect(onlyError(await t.gql(UPDATE, { id: segment.id, version: 3, share: 2 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'share' });
    expect(onlyError(await t.gql(UPDATE, { id: segment.id, version: 3, name: 'SME' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(onlyError(await t.gql(UPDATE, { id: segment.id, version: 3, name: null }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(onlyError(await t.gql(UPDATE, { id: segment.id, version: 1, name: 'Lost' }))).toMatchObject({ code: 'CONFLICT', extensions: { currentVersion: 3 } });
    await t.gql('mutation($id: ID!) { deleteSegment(id: $id) { id } }', { id: segment.id });
  });

  it('answers NOT_FOUND for unknown segments', async () => {
    expect(onlyError(await t.gql('{ Segment(id: "999999") { id } }')).code).toBe('NOT_FOUND');
    expect(onlyError(await t.gql(UPDATE, { id: '999999', version: 1, name: 'x' })).code).toBe('NOT_FOUND');
    expect(onlyError(await t.gql('mutation { deleteSegment(id: "999999") { id } }')).code).toBe('NOT_FOUND');
  });

  it('is the regie team\'s: a lead and a viewer may read segments but not change them', async () => {
    for (const person of [t.actors.people.lead, t.actors.people.viewer]) {
      expect(onlyError(await t.gql(CREATE, { name: 'Mine' }, person.token)).code).toBe('FORBIDDEN');
      expect(onlyError(await t.gql(UPDATE, { id: ids.SME, version: 1, share: 0.5 }, person.token)).code).toBe('FORBIDDEN');
      expect(onlyError(await t.gql('mutation($id: ID!) { deleteSegment(id: $id) { id } }', { id: ids.Prospect }, person.token)).code).toBe('FORBIDDEN');
      expect((await t.gql('{ _allSegmentsMeta { count } }', {}, person.token)).data!._allSegmentsMeta.count).toBe(4);
    }
  });
});
