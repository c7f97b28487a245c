import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { fingerprint, onlyError, startTestServer, type TestServer } from './harness.js';
import { expectSorted, type SortKind } from './sort-order.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

const FIELDS = 'id name description version createdAt updatedAt';
const CREATE = `mutation($name: String!, $description: String) { createChannel(name: $name, description: $description) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $name: String, $description: String) { updateChannel(id: $id, version: $version, name: $name, description: $description) { ${FIELDS} } }`;

async function create(name: string, description?: string) {
  const result = await t.gql(CREATE, { name, description });
  expect(result.errors).toBeUndefined();
  return result.data!.createChannel;
}

const list = async (filter?: Record<string, unknown>, args = 'sortField: "name"') => {
  const result = await t.gql(`query($filter: ChannelFilter) { allChannels(${args}, filter: $filter) { name } _allChannelsMeta(filter: $filter) { count } }`, { filter });
  expect(result.errors).toBeUndefined();
  return { names: result.data!.allChannels.map((c: { name: string }) => c.name), count: result.data!._allChannelsMeta.count };
};

describe('channels', () => {
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    for (const [name, description] of [
      ['Web', 'Website and self-service portal'],
      ['App', 'Mobile app'],
      ['Phone', 'Customer service line'],
      ['Store', null],
    ] as const) {
      ids[name] = (await create(name, description ?? undefined)).id;
    }
  });

  it('creates with a trimmed name and version 1, and reads it back', async () => {
    const channel = await create('  Field service ', 'Engineers at the door');
    expect(channel).toMatchObject({ name: 'Field service', description: 'Engineers at the door', version: 1 });
    expect(Date.parse(channel.createdAt)).not.toBeNaN();
    const read = await t.gql(`query($id: ID!) { Channel(id: $id) { ${FIELDS} } }`, { id: channel.id });
    expect(read.data!.Channel).toEqual(channel);
    expect((await t.gql('mutation($id: ID!) { deleteChannel(id: $id) { id name } }', { id: channel.id })).data!.deleteChannel).toEqual({ id: channel.id, name: 'Field service' });
    expect(onlyError(await t.gql('query($id: ID!) { Channel(id: $id) { id } }', { id: channel.id })).code).toBe('NOT_FOUND');
  });

  it.each([
    ['nothing', () => ({}), ['App', 'Phone', 'Store', 'Web']],
    ['q in the name', () => ({ q: 'PHO' }), ['Phone']],
    ['q in the description', () => ({ q: 'self-service' }), ['Web']],
    ['q matching name or description', () => ({ q: 'app' }), ['App']],
    ['q with a wildcard', () => ({ q: '_' }), []],
    ['ids', () => ({ ids: [ids.Store, ids.App] }), ['App', 'Store']],
  ])('filters by %s, with a matching count', async (_case, filter, expected) => {
    expect(await list(filter())).toEqual({ names: expected, count: expected.length });
  });

  it.each([
    ['name', 'DESC', ['Web', 'Store', 'Phone', 'App']],
    ['id', 'ASC', ['Web', 'App', 'Phone', 'Store']],
    ['description', 'ASC', ['Phone', 'App', 'Web', 'Store']],
  ])('sorts by %s %s', async (field, direction, expected) => {
    expect((await list({}, `sortField: "${field}", sortOrder: "${direction}"`)).names).toEqual(expected);
  });

  it.each<[string, SortKind]>([
    ['id', 'id'], ['name', 'text'], ['description', 'text'], ['version', 'number'], ['createdAt', 'time'], ['updatedAt', 'time'],
  ])('sorts by %s both ways, ties by id', (field, kind) => expectSorted(t, 'allChannels', field, kind));

  it('paginates from page 0', async () => {
    expect(await list({}, 'sortField: "name", perPage: 3, page: 0')).toEqual({ names: ['App', 'Phone', 'Store'], count: 4 });
    expect(await list({}, 'sortField: "name", perPage: 3, page: 1')).toEqual({ names: ['Web'], count: 4 });
  });

  it.each([
    ['name', { name: '' }],
    ['name', { name: '   ' }],
    ['name', { name: 'x'.repeat(81) }],
    ['name', { name: 'web' }],
    ['name', { name: ' PHONE ' }],
    ['description', { name: 'Chat', description: 'x'.repeat(4001) }],
  ])('refuses a create with a bad %s (%j), changing nothing', async (field, input) => {
    const before = await fingerprint(t.db);
    const error = onlyError(await t.gql(CREATE, input));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await fingerprint(t.db)).toBe(before);
  });

  it('treats LIKE wildcards in a name literally when checking uniqueness', async () => {
    const similar = await create('W_b');
    expect(similar.name).toBe('W_b');
    await t.gql('mutation($id: ID!) { deleteChannel(id: $id) { id } }', { id: similar.id });
  });

  it('refuses a name taken under concurrent creates: one wins, the others get BAD_USER_INPUT on name', async () => {
    const results = await Promise.all(['Chat', 'chat', 'CHAT', 'Chat ', ' chat'].map(name => t.gql(CREATE, { name })));
    const won = results.filter(r => !r.errors);
    expect(won).toHaveLength(1);
    for (const lost of results.filter(r => r.errors)) {
      expect(onlyError(lost)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name', message: 'name is already used by another channel' });
    }
    await t.gql('mutation($id: ID!) { deleteChannel(id: $id) { id } }', { id: won[0].data!.createChannel.id });
  });

  it('updates with the current version, keeps its own name in another case, refuses a taken name and a stale version', async () => {
    const channel = await create('Email');
    const renamed = await t.gql(UPDATE, { id: channel.id, version: 1, name: ' E-mail ', description: 'Newsletters' });
    expect(renamed.data!.updateChannel).toMatchObject({ name: 'E-mail', description: 'Newsletters', version: 2 });
    const recased = await t.gql(UPDATE, { id: channel.id, version: 2, name: 'E-MAIL' });
    expect(recased.data!.updateChannel).toMatchObject({ name: 'E-MAIL', version: 3 });
    expect(onlyError(await t.gql(UPDATE, { id: channel.id, version: 3, name: 'web' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(onlyError(await t.gql(UPDATE, { id: channel.id, version: 3, name: '' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(onlyError(await t.gql(UPDATE, { id: channel.id, version: 3, name: null }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(onlyError(await t.gql(UPDATE, { id: channel.id, version: 2, description: 'Lost' }))).toMatchObject({ code: 'CONFLICT', extensions: { currentVersion: 3 } });
    const cleared = await t.gql(UPDATE, { id: channel.id, version: 3, description: null });
    expect(cleared.data!.updateChannel).toMatchObject({ name: 'E-MAIL', description: null, version: 4 });
    await t.gql('mutation($id: ID!) { deleteChannel(id: $id) { id } }', { id: channel.id });
  });

  it('answers NOT_FOUND for unknown channels', async () => {
    expect(onlyError(await t.gql('{ Channel(id: "999999") { id } }')).code).toBe('NOT_FOUND');
    expect(onlyError(await t.gql(UPDATE, { id: '999999', version: 1, name: 'x' })).code).toBe('NOT_FOUND');
    expect(onlyError(await t.gql('mutation { deleteChannel(id: "999999") { id } }')).code).toBe('NOT_FOUND');
  });

  it('refuses to delete a channel a journey stage happens in, naming it', async () => {
    const journey = await t.gql('mutation { createJourney(name: "Channelled") { id } }');
    await t.gql('mutation($j: ID!, $c: [ID!]) { createJourneyStage(journeyId: $j, name: "Online", importance: 2, reach: 1, channelIds: $c) { id } }', { j: journey.data!.createJourney.id, c: [ids.Web] });
    const error = onlyError(await t.gql('mutation($id: ID!) { deleteChannel(id: $id) { id } }', { id: ids.Web }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', message: `Channel ${ids.Web} is still used by 1 journey stage (as channels); change or delete those first` });
  });

  it('is the regie team\'s: a lead and a viewer may read channels but not change them', async () => {
    for (const person of [t.actors.people.lead, t.actors.people.viewer]) {
      expect(onlyError(await t.gql(CREATE, { name: 'Fax' }, person.token)).code).toBe('FORBIDDEN');
      expect(onlyError(await t.gql(UPDATE, { id: ids.Store, version: 1, name: 'Shop' }, person.token)).code).toBe('FORBIDDEN');
      expect(onlyError(await t.gql('mutation($id: ID!) { deleteChannel(id: $id) { id } }', { id: ids.Store }, person.token)).code).toBe('FORBIDDEN');
      expect((await t.gql('{ _allChannelsMeta { count } }', {}, person.token)).data!._allChannelsMeta.count).toBe(4);
    }
  });
});
