import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Department } from '../src/modules/department/department.entity.js';
import { Initiative } from '../src/modules/initiative/initiative.entity.js';
import { ImpactLevel, Pillar } from '../src/modules/initiative/initiative.enums.js';
import { StageImpact } from '../src/modules/initiative/stage-impact.entity.js';
import { JourneyStage } from '../src/modules/journey/journey-stage.entity.js';
import { Kpi, KpiDirection } from '../src/modules/kpi/kpi.entity.js';
import { fingerprint, onlyError, startTestServer, type TestServer } from './harness.js';
import { expectSorted, type SortKind } from './sort-order.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

const FIELDS = 'id name description ownerId segmentIds targetNps targetDate version createdAt updatedAt';

const CREATE = `mutation($name: String!, $description: String, $ownerId: ID, $targetNps: Int, $targetDate: String, $segmentIds: [ID!]) {
  createJourney(name: $name, description: $description, ownerId: $ownerId, targetNps: $targetNps, targetDate: $targetDate, segmentIds: $segmentIds) { ${FIELDS} } }`;

const UPDATE = `mutation($id: ID!, $version: Int!, $name: String, $description: String, $ownerId: ID, $targetNps: Int, $targetDate: String, $segmentIds: [ID!]) {
  updateJourney(id: $id, version: $version, name: $name, description: $description, ownerId: $ownerId, targetNps: $targetNps, targetDate: $targetDate, segmentIds: $segmentIds) { ${FIELDS} } }`;

async function create(input: Record<string, unknown>) {
  const result = await t.gql(CREATE, input);
  expect(result.errors).toBeUndefined();
  return result.data!.createJourney;
}

async function segment(name: string): Promise<string> {
  const result = await t.gql('mutation($name: String!) { createSegment(name: $name) { id } }', { name });
  expect(result.errors).toBeUndefined();
  return result.data!.createSegment.id;
}

async function stage(journeyId: string, name: string): Promise<string> {
  const result = await t.gql('mutation($journeyId: ID!, $name: String!) { createJourneyStage(journeyId: $journeyId, name: $name, importance: 3, reach: 0.5) { id } }', { journeyId, name });
  expect(result.errors).toBeUndefined();
  return result.data!.createJourneyStage.id;
}

const remove = (id: string) => t.gql('mutation($id: ID!) { deleteJourney(id: $id) { id name } }', { id });

describe('journeys', () => {
  let consumer: string;
  let sme: string;
  let business: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    consumer = await segment('Consumer');
    sme = await segment('SME');
    business = await segment('Business');
    const regie = t.actors.people.regie.id;
    const lead = t.actors.people.lead.id;
    ids.moving = (await create({ name: 'Moving house', description: 'From old address to new', ownerId: regie, targetNps: 30, targetDate: '2027-06-30', segmentIds: [consumer, sme] })).id;
    ids.outage = (await create({ name: 'Reporting an outage', ownerId: lead, targetNps: -10, segmentIds: [consumer] })).id;
    ids.bill = (await create({ name: 'Understanding my bill', description: 'Invoices explained', targetNps: 10, segmentIds: [business] })).id;
    ids.cancel = (await create({ name: 'Cancelling' })).id;
  });

  it('creates with owner, segments, target and trimmed name, and reads it back', async () => {
    const journey = await create({ name: '  Becoming a customer ', ownerId: t.actors.people.regie.id, targetNps: 100, targetDate: '2028-02-29', segmentIds: [sme, consumer, sme] });
    expect(journey).toMatchObject({ name: 'Becoming a customer', description: null, ownerId: t.actors.people.regie.id, targetNps: 100, targetDate: '2028-02-29', version: 1 });
    expect(journey.segmentIds).toEqual([consumer, sme]);
    const read = await t.gql(`query($id: ID!) { Journey(id: $id) { ${FIELDS} owner { id email } segments { id name } stages { id } stageIds } }`, { id: journey.id });
    expect(read.data!.Journey).toEqual({
      ...journey,
      owner: { id: t.actors.people.regie.id, email: 'regie@test.regie' },
      segments: [{ id: consumer, name: 'Consumer' }, { id: sme, name: 'SME' }],
      stages: [],
      stageIds: [],
    });
    expect((await remove(journey.id)).errors).toBeUndefined();
  });

  const names = async (filter: Record<string, unknown>, args = 'sortField: "name"') => {
    const result = await t.gql(`query($filter: JourneyFilter) { allJourneys(${args}, filter: $filter) { name } _allJourneysMeta(filter: $filter) { count } }`, { filter });
    expect(result.errors).toBeUndefined();
    return { names: result.data!.allJourneys.map((j: { name: string }) => j.name), count: result.data!._allJourneysMeta.count };
  };

  it.each([
    ['nothing', () => ({}), ['Cancelling', 'Moving house', 'Reporting an outage', 'Understanding my bill']],
    ['q in the name', () => ({ q: 'OUTAGE' }), ['Reporting an outage']],
    ['q in the description', () => ({ q: 'invoices' }), ['Understanding my bill']],
    ['ids', () => ({ ids: [ids.cancel, ids.bill] }), ['Cancelling', 'Understanding my bill']],
    ['ownerId', () => ({ ownerId: t.actors.people.regie.id }), ['Moving house']],
    ['segmentId', () => ({ segmentId: consumer }), ['Moving house', 'Reporting an outage']],
    ['segmentId of one journey', () => ({ segmentId: business }), ['Understanding my bill']],
    ['targetNps_gte', () => ({ targetNps_gte: 10 }), ['Moving house', 'Understanding my bill']],
    ['targetNps_lte', () => ({ targetNps_lte: 10 }), ['Reporting an outage', 'Understanding my bill']],
    ['targetNps_gte 0 (not ignored as falsy)', () => ({ targetNps_gte: 0 }), ['Moving house', 'Understanding my bill']],
    ['createdAt_gte in the future', () => ({ createdAt_gte: new Date(Date.now() + 3_600_000).toISOString() }), []],
    ['createdAt_lte in the future', () => ({ createdAt_lte: new Date(Date.now() + 3_600_000).toISOString() }), ['Cancelling', 'Moving house', 'Reporting an outage', 'Understanding my bill']],
  ])('filters by %s, with a matching count', async (_case, filter, expected) => {
    const found = await names(filter());
    expect(found).toEqual({ names: expected, count: expected.length });
  });

  it.each([
    ['name', 'DESC', ['Understanding my bill', 'Reporting an outage', 'Moving house', 'Cancelling']],
    ['targetNps', 'ASC', ['Reporting an outage', 'Understanding my bill', 'Moving house', 'Cancelling']],
    ['ownerId', 'ASC', ['Moving house', 'Reporting an outage', 'Understanding my bill', 'Cancelling']],
    ['id', 'ASC', ['Moving house', 'Reporting an outage', 'Understanding my bill', 'Cancelling']],
  ])('sorts by %s %s', async (field, direction, expected) => {
    expect((await names({}, `sortField: "${field}", sortOrder: "${direction}"`)).names).toEqual(expected);
  });

  it.each<[string, SortKind]>([
    ['id', 'id'], ['name', 'text'], ['description', 'text'], ['ownerId', 'id'], ['targetNps', 'number'], ['targetDate', 'time'],
    ['version', 'number'], ['createdAt', 'time'], ['updatedAt', 'time'],
  ])('sorts by %s both ways, ties by id', (field, kind) => expectSorted(t, 'allJourneys', field, kind));

  it('paginates from page 0', async () => {
    expect(await names({}, 'sortField: "name", perPage: 3, page: 1')).toEqual({ names: ['Understanding my bill'], count: 4 });
  });

  it.each([
    ['name', { name: '' }],
    ['name', { name: ' \t ' }],
    ['name', { name: 'x'.repeat(161) }],
    ['description', { description: 'x'.repeat(4001) }],
    ['targetNps', { targetNps: -101 }],
    ['targetNps', { targetNps: 101 }],
    ['targetDate', { targetDate: '2027-02-29' }],
    ['targetDate', { targetDate: '2027-13-01' }],
    ['targetDate', { targetDate: '2027-6-30' }],
    ['targetDate', { targetDate: '30-06-2027' }],
    ['targetDate', { targetDate: '2027-06-30T00:00:00Z' }],
    ['targetDate', { targetDate: '0000-01-01' }],
    ['ownerId', { ownerId: '999999' }],
    ['ownerId', { ownerId: 'me' }],
    ['segmentIds', { segmentIds: ['999999'] }],
    ['segmentIds', { segmentIds: ['1', 'x'] }],
  ])('refuses a create with a bad %s (%j), changing nothing', async (field, bad) => {
    const before = await fingerprint(t.db);
    const error = onlyError(await t.gql(CREATE, { name: 'Refused', ...bad }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await fingerprint(t.db)).toBe(before);
  });

  it('updates, replaces the segments (a version of its own), clears, and refuses a stale version', async () => {
    const journey = await create({ name: 'Editable', ownerId: t.actors.people.regie.id, targetNps: 5, targetDate: '2027-01-31', segmentIds: [consumer] });
    const edited = await t.gql(UPDATE, { id: journey.id, version: 1, name: ' Edited ', description: 'Now described', ownerId: t.actors.people.lead.id, targetNps: -100 });
    expect(edited.errors).toBeUndefined();
    expect(edited.data!.updateJourney).toMatchObject({ name: 'Edited', description: 'Now described', ownerId: t.actors.people.lead.id, targetNps: -100, targetDate: '2027-01-31', segmentIds: [consumer], version: 2 });

    const segmentsOnly = await t.gql(UPDATE, { id: journey.id, version: 2, segmentIds: [business, sme] });
    expect(segmentsOnly.data!.updateJourney).toMatchObject({ segmentIds: [sme, business], version: 3 });
    const unchanged = await t.gql(UPDATE, { id: journey.id, version: 3, segmentIds: [sme, business] });
    expect(unchanged.data!.updateJourney.version).toBe(3);

    const cleared = await t.gql(UPDATE, { id: journey.id, version: 3, ownerId: null, targetNps: null, targetDate: null, segmentIds: [] });
    expect(cleared.data!.updateJourney).toMatchObject({ ownerId: null, targetNps: null, targetDate: null, segmentIds: [], version: 4 });

    const stale = onlyError(await t.gql(UPDATE, { id: journey.id, version: 3, name: 'Lost edit' }));
    expect(stale).toMatchObject({ code: 'CONFLICT', extensions: { currentVersion: 4 } });

    for (const [field, bad] of [['ownerId', { ownerId: '999999' }], ['segmentIds', { segmentIds: ['999999'] }], ['targetDate', { targetDate: '2027-04-31' }], ['targetNps', { targetNps: 200 }], ['name', { name: '' }], ['name', { name: null }]] as const) {
      expect(onlyError(await t.gql(UPDATE, { id: journey.id, version: 4, ...bad }))).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const after = await t.gql(`query($id: ID!) { Journey(id: $id) { ${FIELDS} } }`, { id: journey.id });
    expect(after.data!.Journey).toMatchObject({ name: 'Edited', version: 4 });
    expect((await remove(journey.id)).errors).toBeUndefined();
  });

  it('answers NOT_FOUND for unknown journeys', async () => {
    expect(onlyError(await t.gql('{ Journey(id: "999999") { id } }')).code).toBe('NOT_FOUND');
    expect(onlyError(await t.gql(UPDATE, { id: '999999', version: 1, name: 'x' })).code).toBe('NOT_FOUND');
    expect(onlyError(await remove('999999')).code).toBe('NOT_FOUND');
    expect(onlyError(await t.gql('{ allJourneys(filter: { ownerId: "x" }) { id } }'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.ownerId' });
  });

  it('loads owners, segments and stages of a page in a fixed number of queries, however many journeys', async () => {
    const query = '{ allJourneys(perPage: 100) { id owner { id } segments { id } segmentIds stages { id channels { id } } stageIds } }';
    let statements = 0;
    const counted = await startTestServer({ onQuery: () => statements++ });
    try {
      const seg = await counted.gql('mutation { createSegment(name: "Counted") { id } }');
      const make = async (n: number) => {
        const j = await counted.gql('mutation($name: String!, $owner: ID!, $s: [ID!]) { createJourney(name: $name, ownerId: $owner, segmentIds: $s) { id } }', {
          name: `J${n}`, owner: counted.actors.people.regie.id, s: [seg.data!.createSegment.id],
        });
        await counted.gql('mutation($id: ID!) { createJourneyStage(journeyId: $id, name: "s", importance: 1, reach: 1) { id } }', { id: j.data!.createJourney.id });
      };
      const measure = async () => {
        statements = 0;
        const result = await counted.gql(query);
        expect(result.errors).toBeUndefined();
        return { rows: result.data!.allJourneys.length, statements };
      };
      await make(1);
      const few = await measure();
      for (let n = 2; n <= 6; n++) await make(n);
      const many = await measure();
      expect([few.rows, many.rows]).toEqual([1, 6]);
      expect(many.statements).toBe(few.statements);
    } finally {
      await counted.close();
    }
  });
});

describe('deleting a journey', () => {
  it('deletes its stages with it, in one go', async () => {
    const journey = await create({ name: 'Doomed', segmentIds: [await segment('Doomed segment')] });
    const stages = [await stage(journey.id, 'one'), await stage(journey.id, 'two')];
    const deleted = await t.gql('mutation($id: ID!) { deleteJourney(id: $id) { id name segmentIds } }', { id: journey.id });
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data!.deleteJourney).toMatchObject({ id: journey.id, name: 'Doomed' });
    expect(onlyError(await t.gql('query($id: ID!) { Journey(id: $id) { id } }', { id: journey.id })).code).toBe('NOT_FOUND');
    const left = await t.gql('query($ids: [ID!]) { _allJourneyStagesMeta(filter: { ids: $ids }) { count } }', { ids: stages });
    expect(left.data!._allJourneyStagesMeta.count).toBe(0);
    const trail = await t.gql('{ allAuditEntries(filter: { entity: "JourneyStage" }) { entityId action operation } }');
    expect(trail.data!.allAuditEntries.filter((e: { operation: string }) => e.operation === 'deleteJourney').map((e: { entityId: string; action: string }) => [e.entityId, e.action]).sort())
      .toEqual(stages.map(id => [id, 'DELETE']).sort());
  });

  it.each([
    ['an initiative scores one of its stages', 'stage impact (as stage)'],
    ['a KPI serves one of its stages', 'kpi (as stages)'],
  ])('is refused while %s, naming it, and changes nothing', async (_case, named) => {
    const journey = await create({ name: `Referenced: ${named}` });
    await stage(journey.id, 'free');
    const used = await stage(journey.id, 'used');
    const em = t.db.fork();
    const department = await em.findOneOrFail(Department, { code: 'HOME' });
    if (named.startsWith('stage impact')) {
      const initiative = em.create(Initiative, { title: 'Clearer moves', department, pillar: Pillar.OMNICHANNEL, effort: 2, confidence: 0.8 } as never);
      em.create(StageImpact, { initiative, stage: em.getReference(JourneyStage, Number(used)), level: ImpactLevel.MEDIUM } as never);
    } else {
      const kpi = em.create(Kpi, { name: 'Move completed online', unit: '%', direction: KpiDirection.HIGHER_IS_BETTER, department } as never);
      kpi.stages.add(em.getReference(JourneyStage, Number(used)));
    }
    await em.flush();

    const before = await fingerprint(t.db);
    const error = onlyError(await remove(journey.id));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(error.message).toBe(`Journey ${journey.id} cannot be deleted with its stages: JourneyStage ${used} is still used by 1 ${named}; change or delete those first`);
    expect(await fingerprint(t.db)).toBe(before);
  });

  it('refuses to delete a person who owns a journey, or a segment a journey is for', async () => {
    const person = await t.gql('mutation { createPerson(name: "Owner", email: "owner@test.regie", role: REGIE) { id } }');
    const seg = await segment('Owned segment');
    await create({ name: 'Owned', ownerId: person.data!.createPerson.id, segmentIds: [seg] });
    const personError = onlyError(await t.gql('mutation($id: ID!) { deletePerson(id: $id) { id } }', { id: person.data!.createPerson.id }));
    expect(personError.message).toMatch(/still used by 1 journey \(as owner\)/);
    const segmentError = onlyError(await t.gql('mutation($id: ID!) { deleteSegment(id: $id) { id } }', { id: seg }));
    expect(segmentError.message).toBe(`Segment ${seg} is still used by 1 journey (as segments); change or delete those first`);
  });
});

it('is the regie team\'s: a lead and a viewer may read journeys but not create, change or delete them', async () => {
  const journey = await create({ name: 'Guarded' });
  for (const person of [t.actors.people.lead, t.actors.people.viewer]) {
    expect(onlyError(await t.gql(CREATE, { name: 'Not mine' }, person.token)).code).toBe('FORBIDDEN');
    expect(onlyError(await t.gql(UPDATE, { id: journey.id, version: 1, name: 'Not mine' }, person.token)).code).toBe('FORBIDDEN');
    expect(onlyError(await t.gql('mutation($id: ID!) { deleteJourney(id: $id) { id } }', { id: journey.id }, person.token)).code).toBe('FORBIDDEN');
    expect((await t.gql('query($id: ID!) { Journey(id: $id) { name } }', { id: journey.id }, person.token)).data!.Journey.name).toBe('Guarded');
  }
});
