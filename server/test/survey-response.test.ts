import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { estimateNps } from '../src/modules/nps/nps.maths.js';
import { fingerprint, onlyError, startTestServer, type TestServer } from './harness.js';

let t: TestServer;
const ids = { journey: '', otherJourney: '', stageA: '', stageB: '', otherStage: '', web: '', phone: '', consumer: '' };

beforeAll(async () => {
  t = await startTestServer();
  const made = async (query: string, variables: Record<string, unknown>) => {
    const result = await t.gql(query, variables);
    expect(result.errors).toBeUndefined();
    return Object.values(result.data!)[0] as { id: string };
  };
  ids.journey = (await made('mutation($n: String!) { createJourney(name: $n, targetNps: 30) { id } }', { n: 'Moving house' })).id;
  ids.otherJourney = (await made('mutation($n: String!) { createJourney(name: $n) { id } }', { n: 'Cancelling' })).id;
  const stage = (journeyId: string, name: string, position: number, targetNps: number | null) =>
    made('mutation($j: ID!, $n: String!, $p: Int!, $t: Int) { createJourneyStage(journeyId: $j, name: $n, position: $p, importance: 4, reach: 0.5, targetNps: $t) { id } }', {
      j: journeyId,
      n: name,
      p: position,
      t: targetNps,
    });
  ids.stageA = (await stage(ids.journey, 'Announcing the move', 1, 40)).id;
  ids.stageB = (await stage(ids.journey, 'Final bill', 2, null)).id;
  ids.otherStage = (await stage(ids.otherJourney, 'Contact', 1, null)).id;
  ids.web = (await made('mutation($n: String!) { createChannel(name: $n) { id } }', { n: 'Web' })).id;
  ids.phone = (await made('mutation($n: String!) { createChannel(name: $n) { id } }', { n: 'Phone' })).id;
  ids.consumer = (await made('mutation($n: String!) { createSegment(name: $n) { id } }', { n: 'Consumer' })).id;
});
afterAll(() => t.close());

const RECORD = 'mutation($r: [SurveyResponseInput!]!) { recordSurveyResponses(responses: $r) { received created duplicates } }';
const SUMMARY = `query($groupBy: NpsGroupBy, $journeyId: ID, $stageId: ID, $from: String, $to: String, $compareFrom: String, $compareTo: String) {
  npsSummary(groupBy: $groupBy, journeyId: $journeyId, stageId: $stageId, from: $from, to: $to, compareFrom: $compareFrom, compareTo: $compareTo) {
    key label responses promoters passives detractors nps marginOfError intervalLow intervalHigh insufficient target gap previousNps change significantChange previousResponses
  }
}`;

/** `n` responses with the given scores in turn, about one stage, on one day. */
function responses(source: string, scores: number[], extra: Record<string, unknown> = {}) {
  return scores.map((score, i) => ({ source, externalId: `${source}-${i}`, score, journeyId: ids.journey, respondedAt: '2026-06-15T10:00:00Z', ...extra }));
}

const summary = async (variables: Record<string, unknown>) => {
  const result = await t.gql(SUMMARY, variables);
  expect(result.errors).toBeUndefined();
  return result.data!.npsSummary as Record<string, any>[];
};

describe('recording survey responses', () => {
  it('stores a batch once, reports a resend as duplicates, and the summary follows DESIGN §3', async () => {
    // Stage A in June: 10 promoters, 5 passives, 5 detractors → NPS 25.
    const june = responses('june', [...Array(10).fill(9), ...Array(5).fill(7), ...Array(5).fill(3)], { stageId: ids.stageA, channelId: ids.web, segmentId: ids.consumer });
    expect((await t.gql(RECORD, { r: june })).data!.recordSurveyResponses).toEqual({ received: 20, created: 20, duplicates: 0 });
    const before = await fingerprint(t.db);
    expect((await t.gql(RECORD, { r: june })).data!.recordSurveyResponses).toEqual({ received: 20, created: 0, duplicates: 20 });
    expect(await fingerprint(t.db)).toBe(before);

    const rows = await summary({ groupBy: 'STAGE', journeyId: ids.journey });
    const expected = estimateNps({ responses: 20, promoters: 10, detractors: 5 });
    expect(rows.map(r => r.label)).toEqual(['Announcing the move', 'Final bill']);
    expect(rows[0]).toMatchObject({ key: ids.stageA, responses: 20, promoters: 10, passives: 5, detractors: 5, nps: 25, insufficient: true, target: 40, gap: 15 });
    expect(rows[0].marginOfError).toBeCloseTo(expected.marginOfError!, 6);
    // The stage without responses is listed, with nulls, under its journey's target.
    expect(rows[1]).toMatchObject({ key: ids.stageB, responses: 0, nps: null, marginOfError: null, insufficient: true, target: 30, gap: null });
  });
});

const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) => t.db.orm.em.getConnection().execute<T[]>(text, params);

describe('a bad batch', () => {
  it.each([
    ['score', { score: 11 }, 'score must be a whole number from 0 to 10'],
    ['score', { score: -1 }, 'score must be a whole number from 0 to 10'],
    ['journeyId', { journeyId: '999999' }, 'journeyId must be the id of an existing journey'],
    ['stageId', { stageId: 'other' }, 'belongs to another journey'],
    ['stageId', { stageId: '999999' }, 'stageId must be the id of a stage of that journey'],
    ['channelId', { channelId: '999999' }, 'channelId must be the id of an existing channel'],
    ['segmentId', { segmentId: '999999' }, 'segmentId must be the id of an existing segment'],
    ['respondedAt', { respondedAt: '2026-02-30T10:00:00Z' }, 'respondedAt must be a date-time'],
    ['respondedAt', { respondedAt: 'yesterday' }, 'respondedAt must be a date-time'],
    ['respondedAt', { respondedAt: new Date(Date.now() + 10 * 60_000).toISOString() }, 'must not be in the future'],
    ['source', { source: '' }, 'source is required'],
    ['source', { source: 'x'.repeat(101) }, 'at most 100'],
    ['externalId', { externalId: ' ' }, 'externalId is required'],
    ['externalId', { externalId: 'x'.repeat(201) }, 'at most 200'],
    ['comment', { comment: 'x'.repeat(5001) }, 'at most 5000'],
  ])('with a bad %s (case %#) stores nothing and names the row and field', async (field, change, message) => {
    const batch = responses('bad', [9, 8, 7]);
    const changed: Record<string, unknown> = change;
    const bad = { ...batch[1], ...changed, ...(changed.stageId === 'other' ? { stageId: ids.otherStage } : {}) };
    const before = await fingerprint(t.db);
    const error = onlyError(await t.gql(RECORD, { r: [batch[0], bad, batch[2]] }));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.field).toBe(`responses.1.${field}`);
    expect(error.extensions.rows).toEqual([{ index: 1, field, message: expect.stringContaining(message) }]);
    expect(await fingerprint(t.db)).toBe(before);
  });

  it('lists every bad row, up to the first 100', async () => {
    const batch = responses('many-bad', Array(150).fill(12));
    const error = onlyError(await t.gql(RECORD, { r: batch }));
    expect(error.extensions.rows).toHaveLength(100);
    expect(error.extensions.total).toBe(150);
    expect(error.extensions.rows[99]).toMatchObject({ index: 99, field: 'score' });
  });

  it('refuses more than 5,000 responses in one call', async () => {
    const error = onlyError(await t.gql(RECORD, { r: responses('huge', Array(5001).fill(9)) }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'responses' });
  });

  it('refuses a score that is not a whole number before it reaches the server code', async () => {
    const result = await t.gql(RECORD, { r: [{ ...responses('frac', [9])[0], score: 7.5 }] });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toContain('score');
  });
});

describe('concurrency', () => {
  it('stores one copy of a batch sent five times at once', async () => {
    const batch = responses('five', [10, 9, 6, 0, 8, 7, 3, 10], { stageId: ids.stageB });
    const results = await Promise.all(Array.from({ length: 5 }, () => t.gql(RECORD, { r: batch })));
    for (const result of results) expect(result.errors).toBeUndefined();
    const created = results.map(r => r.data!.recordSurveyResponses.created as number);
    expect(created.reduce((a, b) => a + b, 0)).toBe(8);
    expect(results.map(r => r.data!.recordSurveyResponses.duplicates as number).reduce((a, b) => a + b, 0)).toBe(32);
    const [row] = await sql<{ n: number }>("select count(*)::int as n from survey_response where source = 'five'");
    expect(row.n).toBe(8);
    const stage = (await summary({ groupBy: 'STAGE', stageId: ids.stageB })).find(r => r.key === ids.stageB)!;
    expect(stage).toMatchObject({ responses: 8, promoters: 3, passives: 2, detractors: 3 });
  });
});

describe('erasure', () => {
  it('erases by id and by source and external id, the summary follows, the trail keeps no comment', async () => {
    const batch = responses('erase', [0, 10], { stageId: ids.stageA, comment: 'Call me on 06-12345678, Jan Jansen', respondedAt: '2026-09-01T08:00:00Z' });
    await t.gql(RECORD, { r: batch });
    const month = async () => (await summary({ groupBy: 'MONTH', stageId: ids.stageA, from: '2026-09-01', to: '2026-09-30' }))[0];
    expect(await month()).toMatchObject({ key: '2026-09', responses: 2, promoters: 1, detractors: 1, nps: 0 });

    const list = await t.gql('{ allSurveyResponses(filter: { source: "erase" }, sortField: "score") { id score comment } }');
    const [detractor] = list.data!.allSurveyResponses;
    const erased = await t.gql('mutation($id: ID!) { deleteSurveyResponse(id: $id) { id score comment } }', { id: detractor.id });
    expect(erased.data!.deleteSurveyResponse).toEqual(detractor);
    expect(await month()).toMatchObject({ responses: 1, promoters: 1, detractors: 0, nps: 100 });

    const byKey = await t.gql('mutation { deleteSurveyResponse(source: "erase", externalId: "erase-1") { score } }');
    expect(byKey.data!.deleteSurveyResponse).toEqual({ score: 10 });
    expect(await month()).toMatchObject({ responses: 0, nps: null });
    expect(onlyError(await t.gql('mutation($id: ID!) { deleteSurveyResponse(id: $id) { id } }', { id: detractor.id })).code).toBe('NOT_FOUND');
    expect(onlyError(await t.gql('mutation { deleteSurveyResponse(source: "erase") { id } }'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'externalId' });
    expect(onlyError(await t.gql('mutation { deleteSurveyResponse { id } }'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });

    const trail = await t.gql('{ allAuditEntries(filter: { entity: "SurveyResponse" }) { operation entityId action changes { field before after } } }');
    const erasures = trail.data!.allAuditEntries.filter((e: { operation: string }) => e.operation === 'deleteSurveyResponse');
    expect(erasures).toHaveLength(2);
    expect(JSON.stringify(erasures)).not.toContain('Jansen');
    expect(erasures[0].changes).toContainEqual({ field: 'erased', before: false, after: true });
  });

  it('is the regie team’s: a lead and a viewer may read responses but not erase them', async () => {
    const [one] = (await t.gql('{ allSurveyResponses(perPage: 1) { id } }')).data!.allSurveyResponses;
    for (const person of [t.actors.people.lead, t.actors.people.viewer]) {
      expect(onlyError(await t.gql('mutation($id: ID!) { deleteSurveyResponse(id: $id) { id } }', { id: one.id }, person.token)).code).toBe('FORBIDDEN');
      expect((await t.gql('{ _allSurveyResponsesMeta { count } }', {}, person.token)).data!._allSurveyResponsesMeta.count).toBeGreaterThan(0);
    }
  });
});

describe('reading responses', () => {
  beforeAll(async () => {
    await t.gql(RECORD, {
      r: [
        { source: 'read', externalId: 'r1', score: 2, journeyId: ids.journey, stageId: ids.stageA, channelId: ids.phone, respondedAt: '2026-03-31T21:30:00Z', comment: 'Waited 40 minutes on the phone' },
        { source: 'read', externalId: 'r2', score: 9, journeyId: ids.journey, channelId: ids.web, segmentId: ids.consumer, respondedAt: '2026-04-01 09:00', comment: 'Smooth, thanks' },
        { source: 'read', externalId: 'r3', score: 7, journeyId: ids.otherJourney, stageId: ids.otherStage, respondedAt: '2026-04-02T12:00:00+02:00' },
      ],
    });
  });

  const externalIds = async (filter: Record<string, unknown>, sort = 'sortField: "externalId"') => {
    const result = await t.gql(`query($f: SurveyResponseFilter) { allSurveyResponses(${sort}, filter: $f) { externalId } _allSurveyResponsesMeta(filter: $f) { count } }`, {
      f: { source: 'read', ...filter },
    });
    expect(result.errors).toBeUndefined();
    const found = result.data!.allSurveyResponses.map((r: { externalId: string }) => r.externalId);
    expect(result.data!._allSurveyResponsesMeta.count).toBe(found.length);
    return found;
  };

  it.each([
    ['nothing more', {}, ['r1', 'r2', 'r3']],
    ['q in the comment', { q: 'PHONE' }, ['r1']],
    ['journey', () => ({ journeyId: ids.journey }), ['r1', 'r2']],
    ['stage', () => ({ stageId: ids.otherStage }), ['r3']],
    ['channel', () => ({ channelId: ids.web }), ['r2']],
    ['segment', () => ({ segmentId: ids.consumer }), ['r2']],
    ['score_gte', { score_gte: 7 }, ['r2', 'r3']],
    ['score_lte', { score_lte: 7 }, ['r1', 'r3']],
    // 2026-03-31T21:30Z is 23:30 on 31 March in Amsterdam: a date means the whole local day.
    ['respondedAt_lte a date', { respondedAt_lte: '2026-03-31' }, ['r1']],
    ['respondedAt_gte a date', { respondedAt_gte: '2026-04-01' }, ['r2', 'r3']],
    ['respondedAt_gte a moment', { respondedAt_gte: '2026-04-01T06:30:00Z' }, ['r2', 'r3']],
  ])('filters by %s, with a matching count', async (_case, filter, expected) => {
    expect(await externalIds(typeof filter === 'function' ? filter() : filter)).toEqual(expected);
  });

  it('sorts by score and by respondedAt, and resolves references', async () => {
    expect(await externalIds({}, 'sortField: "score", sortOrder: "DESC"')).toEqual(['r2', 'r3', 'r1']);
    expect(await externalIds({}, 'sortField: "respondedAt"')).toEqual(['r1', 'r2', 'r3']);
    const result = await t.gql('{ allSurveyResponses(filter: { source: "read" }, sortField: "externalId") { journey { name } stage { name } channel { name } segment { name } respondedAt } }');
    expect(result.data!.allSurveyResponses[0]).toEqual({ journey: { name: 'Moving house' }, stage: { name: 'Announcing the move' }, channel: { name: 'Phone' }, segment: null, respondedAt: '2026-03-31T21:30:00.000Z' });
    expect(result.data!.allSurveyResponses[1].respondedAt).toBe('2026-04-01T07:00:00.000Z');
  });

  it('refuses a bad date filter naming it', async () => {
    expect(onlyError(await t.gql('{ allSurveyResponses(filter: { respondedAt_gte: "soon" }) { id } }'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.respondedAt_gte' });
  });
});
