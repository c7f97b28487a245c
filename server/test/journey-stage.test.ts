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

interface Stage {
  id: string;
  name: string;
  position: number;
  version: number;
}

const FIELDS = 'id journeyId name description position importance reach targetNps channelIds version';

async function journey(name: string): Promise<string> {
  const result = await t.gql('mutation($name: String!) { createJourney(name: $name) { id } }', { name });
  expect(result.errors).toBeUndefined();
  return result.data!.createJourney.id;
}

async function channel(name: string): Promise<string> {
  const result = await t.gql('mutation($name: String!) { createChannel(name: $name) { id } }', { name });
  expect(result.errors).toBeUndefined();
  return result.data!.createChannel.id;
}

const CREATE = `mutation($journeyId: ID!, $name: String!, $position: Int, $importance: Int!, $reach: Float!, $targetNps: Int, $channelIds: [ID!], $description: String) {
  createJourneyStage(journeyId: $journeyId, name: $name, position: $position, importance: $importance, reach: $reach, targetNps: $targetNps, channelIds: $channelIds, description: $description) { ${FIELDS} } }`;

async function stage(journeyId: string, name: string, extra: Record<string, unknown> = {}) {
  const result = await t.gql(CREATE, { journeyId, name, importance: 3, reach: 0.5, ...extra });
  expect(result.errors).toBeUndefined();
  return result.data!.createJourneyStage;
}

const UPDATE = `mutation($id: ID!, $version: Int!, $journeyId: ID, $name: String, $position: Int, $importance: Int, $reach: Float, $targetNps: Int, $channelIds: [ID!], $description: String) {
  updateJourneyStage(id: $id, version: $version, journeyId: $journeyId, name: $name, position: $position, importance: $importance, reach: $reach, targetNps: $targetNps, channelIds: $channelIds, description: $description) { ${FIELDS} } }`;

async function update(id: string, changes: Record<string, unknown>) {
  const current = await t.gql('query($id: ID!) { JourneyStage(id: $id) { version } }', { id });
  return t.gql(UPDATE, { id, version: current.data!.JourneyStage.version, ...changes });
}

/** The stages of a journey as "name@position", read both ways the admin reads them. */
async function order(journeyId: string): Promise<string[]> {
  const list = await t.gql(
    `query($journeyId: ID!) {
      allJourneyStages(filter: { journeyId: $journeyId }, sortField: "position", perPage: 100) { name position }
      Journey(id: $journeyId) { stages { name position } stageIds }
    }`,
    { journeyId },
  );
  expect(list.errors).toBeUndefined();
  const fromList = list.data!.allJourneyStages.map((s: Stage) => `${s.name}@${s.position}`);
  expect(list.data!.Journey.stages.map((s: Stage) => `${s.name}@${s.position}`)).toEqual(fromList);
  expect(list.data!.Journey.stageIds).toHaveLength(fromList.length);
  return fromList;
}

describe('journey stages', () => {
  it('creates a stage with its channels, trimmed name and version 1, and reads it back', async () => {
    const journeyId = await journey('Reading');
    const web = await channel('Web (reading)');
    const phone = await channel('Phone (reading)');
    const created = await stage(journeyId, '  Find the form  ', { importance: 5, reach: 0.8, targetNps: 20, channelIds: [phone, web, phone], description: 'Online' });
    expect(created).toMatchObject({ journeyId, name: 'Find the form', description: 'Online', position: 1, importance: 5, reach: 0.8, targetNps: 20, version: 1 });
    expect(created.channelIds).toEqual([web, phone].sort((a, b) => Number(a) - Number(b)));
    const read = await t.gql(`query($id: ID!) { JourneyStage(id: $id) { ${FIELDS} journey { id name } channels { id name } } }`, { id: created.id });
    expect(read.data!.JourneyStage).toMatchObject({ ...created, journey: { id: journeyId, name: 'Reading' } });
    expect(read.data!.JourneyStage.channels.map((c: { name: string }) => c.name)).toEqual(['Web (reading)', 'Phone (reading)']);
  });

  describe('ordering', () => {
    let journeyId: string;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      journeyId = await journey('Ordering');
      for (const name of ['A', 'B', 'C', 'D']) ids[name] = (await stage(journeyId, name)).id;
    });

    it('appends without a position', async () => {
      expect(await order(journeyId)).toEqual(['A@1', 'B@2', 'C@3', 'D@4']);
    });

    it('inserts in the middle, shifting the later stages down', async () => {
      ids.X = (await stage(journeyId, 'X', { position: 2 })).id;
      expect(await order(journeyId)).toEqual(['A@1', 'X@2', 'B@3', 'C@4', 'D@5']);
    });

    it('inserts at the very end (n + 1) and at the start', async () => {
      ids.E = (await stage(journeyId, 'E', { position: 6 })).id;
      ids.S = (await stage(journeyId, 'S', { position: 1 })).id;
      expect(await order(journeyId)).toEqual(['S@1', 'A@2', 'X@3', 'B@4', 'C@5', 'D@6', 'E@7']);
    });

    it('moves a stage up, renumbering the ones in between', async () => {
      const moved = await update(ids.D, { position: 2 });
      expect(moved.errors).toBeUndefined();
      expect(moved.data!.updateJourneyStage.position).toBe(2);
      expect(await order(journeyId)).toEqual(['S@1', 'D@2', 'A@3', 'X@4', 'B@5', 'C@6', 'E@7']);
    });

    it('moves a stage down, renumbering the ones in between', async () => {
      expect((await update(ids.S, { position: 5 })).errors).toBeUndefined();
      expect(await order(journeyId)).toEqual(['D@1', 'A@2', 'X@3', 'B@4', 'S@5', 'C@6', 'E@7']);
    });

    it('moves to the last place and keeps its place when other fields change', async () => {
      expect((await update(ids.D, { position: 7 })).errors).toBeUndefined();
      expect(await order(journeyId)).toEqual(['A@1', 'X@2', 'B@3', 'S@4', 'C@5', 'E@6', 'D@7']);
      expect((await update(ids.X, { name: 'X2' })).errors).toBeUndefined();
      expect(await order(journeyId)).toEqual(['A@1', 'X2@2', 'B@3', 'S@4', 'C@5', 'E@6', 'D@7']);
    });

    it('bumps the version of every stage whose position changed, and of no other', async () => {
      const before = await t.gql('query($f: JourneyStageFilter) { allJourneyStages(filter: $f, sortField: "position") { name version } }', { f: { journeyId } });
      expect((await update(ids.C, { position: 3 })).errors).toBeUndefined();
      const after = await t.gql('query($f: JourneyStageFilter) { allJourneyStages(filter: $f, sortField: "id") { name version } }', { f: { journeyId } });
      const versionOf = (rows: { name: string; version: number }[]) => Object.fromEntries(rows.map(r => [r.name, r.version]));
      const [v0, v1] = [versionOf(before.data!.allJourneyStages), versionOf(after.data!.allJourneyStages)];
      // C moved from 5 to 3: B and S moved down one; A, X2, E and D stayed.
      expect(Object.fromEntries(Object.keys(v0).map(name => [name, v1[name] - v0[name]]))).toEqual({ A: 0, X2: 0, B: 1, S: 1, C: 1, E: 0, D: 0 });
      expect(await order(journeyId)).toEqual(['A@1', 'X2@2', 'C@3', 'B@4', 'S@5', 'E@6', 'D@7']);
    });

    it('moves a stage to another journey, renumbering both (at the end by default)', async () => {
      const other = await journey('Ordering, other');
      const p = (await stage(other, 'P')).id;
      await stage(other, 'Q');
      const moved = await update(ids.B, { journeyId: other });
      expect(moved.errors).toBeUndefined();
      expect(moved.data!.updateJourneyStage).toMatchObject({ journeyId: other, position: 3 });
      expect(await order(journeyId)).toEqual(['A@1', 'X2@2', 'C@3', 'S@4', 'E@5', 'D@6']);
      expect(await order(other)).toEqual(['P@1', 'Q@2', 'B@3']);

      expect((await update(ids.E, { journeyId: other, position: 1 })).errors).toBeUndefined();
      expect(await order(journeyId)).toEqual(['A@1', 'X2@2', 'C@3', 'S@4', 'D@5']);
      expect(await order(other)).toEqual(['E@1', 'P@2', 'Q@3', 'B@4']);

      expect((await update(p, { journeyId, position: 6 })).errors).toBeUndefined();
      expect(await order(journeyId)).toEqual(['A@1', 'X2@2', 'C@3', 'S@4', 'D@5', 'P@6']);
      expect(await order(other)).toEqual(['E@1', 'Q@2', 'B@3']);
    });

    it('deletes a stage, moving the later ones up', async () => {
      const deleted = await t.gql('mutation($id: ID!) { deleteJourneyStage(id: $id) { id name position channelIds } }', { id: ids.X });
      expect(deleted.data!.deleteJourneyStage).toEqual({ id: ids.X, name: 'X2', position: 2, channelIds: [] });
      expect(await order(journeyId)).toEqual(['A@1', 'C@2', 'S@3', 'D@4', 'P@5']);
      expect(onlyError(await t.gql('query($id: ID!) { JourneyStage(id: $id) { id } }', { id: ids.X })).code).toBe('NOT_FOUND');
    });

    it.each([
      ['create beyond n + 1', () => stagePosition(7), 'position must be from 1 to 6: the journey has 5 other stages'],
      ['move beyond n', () => update(ids.A, { position: 6 }), 'position must be from 1 to 5: the journey has 4 other stages'],
    ])('refuses a position %s (not clamped), changing nothing', async (_case, run, message) => {
      const before = await fingerprint(t.db);
      const error = onlyError(await run());
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'position', message });
      expect(await fingerprint(t.db)).toBe(before);
      expect(await order(journeyId)).toEqual(['A@1', 'C@2', 'S@3', 'D@4', 'P@5']);
    });

    const stagePosition = (position: number) => t.gql(CREATE, { journeyId, name: 'Too far', importance: 1, reach: 0.1, position });

    it('refuses a move into a full place of another journey beyond its end + 1', async () => {
      const small = await journey('Ordering, small');
      const error = onlyError(await update(ids.A, { journeyId: small, position: 2 }));
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'position', message: 'position must be from 1 to 1: the journey has 0 other stages' });
    });
  });

  it('gives 10 concurrent appends to one journey the places 1 to 10', async () => {
    const journeyId = await journey('Concurrent');
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => t.gql(CREATE, { journeyId, name: `C${i}`, importance: 2, reach: 0.5 })));
    expect(results.flatMap(r => r.errors ?? [])).toEqual([]);
    expect(results.map(r => r.data!.createJourneyStage.position).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const positions = (await order(journeyId)).map(s => Number(s.split('@')[1]));
    expect(positions).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('keeps places dense when inserts, moves and deletes on one journey run concurrently', async () => {
    const journeyId = await journey('Concurrent mix');
    const first = await Promise.all(['a', 'b', 'c', 'd'].map(name => stage(journeyId, name)));
    const results = await Promise.all([
      t.gql(CREATE, { journeyId, name: 'x', importance: 2, reach: 0.5, position: 1 }),
      t.gql(CREATE, { journeyId, name: 'y', importance: 2, reach: 0.5, position: 2 }),
      t.gql('mutation($id: ID!) { deleteJourneyStage(id: $id) { id } }', { id: first[0].id }),
      update(first[3].id, { position: 1 }),
      t.gql(CREATE, { journeyId, name: 'z', importance: 2, reach: 0.5 }),
    ]);
    // A move may lose the race for its version to a concurrent renumbering: CONFLICT, never a gap.
    for (const result of results) if (result.errors) expect(onlyError(result).code).toBe('CONFLICT');
    const positions = (await order(journeyId)).map(s => Number(s.split('@')[1]));
    expect(positions).toEqual(positions.map((_, i) => i + 1));
  });

  describe('lists', () => {
    let journeyId: string;
    let otherJourneyId: string;
    let web: string;
    let app: string;

    beforeAll(async () => {
      journeyId = await journey('Listing');
      otherJourneyId = await journey('Listing, other');
      web = await channel('Web (listing)');
      app = await channel('App (listing)');
      await stage(journeyId, 'Compare tariffs', { importance: 2, reach: 0.9, channelIds: [web], description: 'Price 100% clear' });
      await stage(journeyId, 'Sign the contract', { importance: 5, reach: 0.6, channelIds: [web, app] });
      await stage(journeyId, 'Welcome call', { importance: 4, reach: 0.3, description: 'By phone' });
      await stage(otherJourneyId, 'Install the app', { importance: 1, reach: 0.1, channelIds: [app] });
    });

    const names = async (filter: Record<string, unknown>, args = 'sortField: "name"') => {
      const result = await t.gql(`query($filter: JourneyStageFilter) { allJourneyStages(${args}, filter: $filter) { name } _allJourneyStagesMeta(filter: $filter) { count } }`, { filter });
      expect(result.errors).toBeUndefined();
      const found = result.data!.allJourneyStages.map((s: { name: string }) => s.name);
      if (!args.includes('perPage')) expect(result.data!._allJourneyStagesMeta.count).toBe(found.length);
      return found;
    };

    it.each([
      ['q in the name', () => ({ q: 'CONTRACT' }), ['Sign the contract']],
      ['q in the description', () => ({ q: 'phone' }), ['Welcome call']],
      ['q with a wildcard character', () => ({ q: '100%' }), ['Compare tariffs']],
      ['journeyId', () => ({ journeyId }), ['Compare tariffs', 'Sign the contract', 'Welcome call']],
      ['channelId', () => ({ channelId: app }), ['Install the app', 'Sign the contract']],
      ['channelId and journeyId', () => ({ channelId: app, journeyId }), ['Sign the contract']],
      ['importance_gte', () => ({ journeyId, importance_gte: 4 }), ['Sign the contract', 'Welcome call']],
      ['importance_lte', () => ({ journeyId, importance_lte: 4 }), ['Compare tariffs', 'Welcome call']],
      ['reach_gte', () => ({ journeyId, reach_gte: 0.6 }), ['Compare tariffs', 'Sign the contract']],
      ['reach_lte', () => ({ journeyId, reach_lte: 0.6 }), ['Sign the contract', 'Welcome call']],
      ['a range on both ends', () => ({ journeyId, reach_gte: 0.2, reach_lte: 0.7 }), ['Sign the contract', 'Welcome call']],
    ])('filters by %s', async (_case, filter, expected) => {
      expect(await names(filter())).toEqual(expected);
    });

    it('filters by ids', async () => {
      const all = await t.gql('query($f: JourneyStageFilter) { allJourneyStages(filter: $f, sortField: "position") { id name } }', { f: { journeyId } });
      const [first, , third] = all.data!.allJourneyStages;
      expect(await names({ ids: [first.id, third.id] })).toEqual(['Compare tariffs', 'Welcome call']);
    });

    it.each([
      ['importance', 'DESC', ['Sign the contract', 'Welcome call', 'Compare tariffs']],
      ['reach', 'ASC', ['Welcome call', 'Sign the contract', 'Compare tariffs']],
      ['position', 'DESC', ['Welcome call', 'Sign the contract', 'Compare tariffs']],
      ['name', 'ASC', ['Compare tariffs', 'Sign the contract', 'Welcome call']],
    ])('sorts by %s %s', async (field, direction, expected) => {
      expect(await names({ journeyId }, `sortField: "${field}", sortOrder: "${direction}"`)).toEqual(expected);
    });

    it.each<[string, SortKind]>([
      ['id', 'id'], ['journeyId', 'id'], ['name', 'text'], ['description', 'text'], ['position', 'number'], ['importance', 'number'],
      ['reach', 'number'], ['targetNps', 'number'], ['version', 'number'], ['createdAt', 'time'], ['updatedAt', 'time'],
    ])('sorts by %s both ways, ties by id', (field, kind) => expectSorted(t, 'allJourneyStages', field, kind));

    it('does not sort by channels', async () => {
      expect(onlyError(await t.gql('{ allJourneyStages(sortField: "channels") { id } }'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sortField' });
    });

    it('paginates from page 0', async () => {
      expect(await names({ journeyId }, 'sortField: "position", perPage: 2, page: 0')).toEqual(['Compare tariffs', 'Sign the contract']);
      expect(await names({ journeyId }, 'sortField: "position", perPage: 2, page: 1')).toEqual(['Welcome call']);
    });

    it('loads journeys and channels of a page in a fixed number of queries, however many stages', async () => {
      const query = '{ allJourneyStages(perPage: 100) { id journey { id name stages { id } } channels { id name } channelIds } }';
      let statements = 0;
      const counted = await startTestServer({ onQuery: () => statements++ });
      try {
        const measure = async () => {
          statements = 0;
          const result = await counted.gql(query);
          expect(result.errors).toBeUndefined();
          return { rows: result.data!.allJourneyStages.length, statements };
        };
        const make = async (n: number) => {
          const created = await counted.gql('mutation($name: String!) { createJourney(name: $name) { id } }', { name: `N+1 ${n}` });
          const ch = await counted.gql('mutation($name: String!) { createChannel(name: $name) { id } }', { name: `N+1 channel ${n}` });
          for (let i = 0; i < 2; i++) {
            await counted.gql(CREATE, { journeyId: created.data!.createJourney.id, name: `s${i}`, importance: 1, reach: 1, channelIds: [ch.data!.createChannel.id] });
          }
        };
        await make(1);
        const few = await measure();
        for (let n = 2; n <= 5; n++) await make(n);
        const many = await measure();
        expect([few.rows, many.rows]).toEqual([2, 10]);
        expect(many.statements).toBe(few.statements);
      } finally {
        await counted.close();
      }
    });
  });

  describe('validation', () => {
    let journeyId: string;
    let stageId: string;

    beforeAll(async () => {
      journeyId = await journey('Validation');
      stageId = (await stage(journeyId, 'Valid')).id;
    });

    it.each([
      ['name', { name: '' }],
      ['name', { name: '   ' }],
      ['name', { name: 'x'.repeat(161) }],
      ['description', { description: 'x'.repeat(4001) }],
      ['position', { position: 0 }],
      ['importance', { importance: 0 }],
      ['importance', { importance: 6 }],
      ['reach', { reach: -0.01 }],
      ['reach', { reach: 1.01 }],
      ['targetNps', { targetNps: -101 }],
      ['targetNps', { targetNps: 101 }],
      ['journeyId', { journeyId: '999999' }],
      ['journeyId', { journeyId: 'abc' }],
      ['channelIds', { channelIds: ['999999'] }],
      ['channelIds', { channelIds: ['x'] }],
    ])('refuses a create with a bad %s (%j), changing nothing', async (field, bad) => {
      const before = await fingerprint(t.db);
      const error = onlyError(await t.gql(CREATE, { journeyId, name: 'New', importance: 3, reach: 0.5, ...bad }));
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await fingerprint(t.db)).toBe(before);
    });

    it.each([
      ['name', { name: '' }],
      ['name', { name: null }],
      ['importance', { importance: null }],
      ['reach', { reach: null }],
      ['position', { position: 0 }],
      ['importance', { importance: 9 }],
      ['reach', { reach: 2 }],
      ['targetNps', { targetNps: 500 }],
      ['journeyId', { journeyId: '999999' }],
      ['channelIds', { channelIds: ['999999'] }],
    ])('refuses an update with a bad %s (%j)', async (field, bad) => {
      const error = onlyError(await update(stageId, bad));
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field });
    });

    it('updates fields, replaces the channels, and refuses a stale version with CONFLICT', async () => {
      const web = await channel('Web (validation)');
      const created = await stage(journeyId, 'Editable', { channelIds: [web] });
      const edited = await t.gql(UPDATE, { id: created.id, version: 1, name: ' Edited ', importance: 5, reach: 1, targetNps: -100, description: 'd', channelIds: [] });
      expect(edited.errors).toBeUndefined();
      expect(edited.data!.updateJourneyStage).toMatchObject({ name: 'Edited', importance: 5, reach: 1, targetNps: -100, description: 'd', channelIds: [], version: 2 });
      const cleared = await t.gql(UPDATE, { id: created.id, version: 2, targetNps: null });
      expect(cleared.data!.updateJourneyStage).toMatchObject({ targetNps: null, version: 3 });

      // A change of channels alone is a change of the stage: its version moves.
      const channelsOnly = await t.gql(UPDATE, { id: created.id, version: 3, channelIds: [web] });
      expect(channelsOnly.data!.updateJourneyStage).toMatchObject({ channelIds: [web], version: 4 });
      const same = await t.gql(UPDATE, { id: created.id, version: 4, channelIds: [web] });
      expect(same.data!.updateJourneyStage.version).toBe(4);

      const stale = onlyError(await t.gql(UPDATE, { id: created.id, version: 3, name: 'Lost' }));
      expect(stale).toMatchObject({ code: 'CONFLICT', extensions: { currentVersion: 4 } });
    });

    it('answers NOT_FOUND for unknown stages', async () => {
      expect(onlyError(await t.gql('{ JourneyStage(id: "999999") { id } }')).code).toBe('NOT_FOUND');
      expect(onlyError(await t.gql(UPDATE, { id: '999999', version: 1, name: 'x' })).code).toBe('NOT_FOUND');
      expect(onlyError(await t.gql('mutation { deleteJourneyStage(id: "999999") { id } }')).code).toBe('NOT_FOUND');
    });
  });

  describe('deleting a stage others point at', () => {
    it('is refused while an initiative scores it or a KPI serves it, naming them', async () => {
      const journeyId = await journey('Referenced');
      const kept = await stage(journeyId, 'Scored');
      const after = await stage(journeyId, 'After');
      const em = t.db.fork();
      const department = await em.findOneOrFail(Department, { code: 'HOME' });
      const initiative = em.create(Initiative, { title: 'Better bills', department, pillar: Pillar.JOURNEY_INSIGHT, effort: 4, confidence: 0.5 } as never);
      em.create(StageImpact, { initiative, stage: em.getReference(JourneyStage, Number(kept.id)), level: ImpactLevel.HIGH } as never);
      const kpi = em.create(Kpi, { name: 'First-call resolution', unit: '%', direction: KpiDirection.HIGHER_IS_BETTER, department } as never);
      kpi.stages.add(em.getReference(JourneyStage, Number(kept.id)));
      await em.flush();

      const before = await fingerprint(t.db);
      const error = onlyError(await t.gql('mutation($id: ID!) { deleteJourneyStage(id: $id) { id } }', { id: kept.id }));
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
      expect(error.message).toBe(`JourneyStage ${kept.id} is still used by 1 stage impact (as stage), 1 kpi (as stages); change or delete those first`);
      expect(await fingerprint(t.db)).toBe(before);
      expect(await order(journeyId)).toEqual(['Scored@1', 'After@2']);
      expect((await t.gql('mutation($id: ID!) { deleteJourneyStage(id: $id) { id } }', { id: after.id })).errors).toBeUndefined();
    });
  });

  it('is the regie team\'s: a lead and a viewer may read stages but not change them', async () => {
    const journeyId = await journey('Guarded');
    const existing = await stage(journeyId, 'Guarded stage');
    for (const person of [t.actors.people.lead, t.actors.people.viewer]) {
      expect(onlyError(await t.gql(CREATE, { journeyId, name: 'No', importance: 1, reach: 1 }, person.token)).code).toBe('FORBIDDEN');
      expect(onlyError(await t.gql(UPDATE, { id: existing.id, version: 1, position: 1 }, person.token)).code).toBe('FORBIDDEN');
      expect(onlyError(await t.gql('mutation($id: ID!) { deleteJourneyStage(id: $id) { id } }', { id: existing.id }, person.token)).code).toBe('FORBIDDEN');
      const read = await t.gql('query($id: ID!) { JourneyStage(id: $id) { name } }', { id: existing.id }, person.token);
      expect(read.data!.JourneyStage.name).toBe('Guarded stage');
    }
  });
});
