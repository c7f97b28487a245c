import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { onlyError, startTestServer, type TestServer } from './harness.js';

let t: TestServer;
const ids = { journey: '', quiet: '', stageA: '', stageB: '', web: '', app: '', consumer: '', sme: '' };

const made = async (query: string, variables: Record<string, unknown> = {}) => {
  const result = await t.gql(query, variables);
  expect(result.errors).toBeUndefined();
  return Object.values(result.data!)[0] as { id: string };
};

beforeAll(async () => {
  t = await startTestServer();
  ids.journey = (await made('mutation { createJourney(name: "Reporting an outage", targetNps: 20) { id } }')).id;
  ids.quiet = (await made('mutation { createJourney(name: "Cancelling") { id } }')).id;
  const stage = (name: string, position: number, targetNps: number | null) =>
    made('mutation($j: ID!, $n: String!, $p: Int!, $t: Int) { createJourneyStage(journeyId: $j, name: $n, position: $p, importance: 5, reach: 1, targetNps: $t) { id } }', {
      j: ids.journey,
      n: name,
      p: position,
      t: targetNps,
    });
  ids.stageA = (await stage('Reporting the fault', 1, 35)).id;
  ids.stageB = (await stage('Technician visit', 2, null)).id;
  ids.web = (await made('mutation { createChannel(name: "Web") { id } }')).id;
  ids.app = (await made('mutation { createChannel(name: "App") { id } }')).id;
  ids.consumer = (await made('mutation { createSegment(name: "Consumer") { id } }')).id;
  ids.sme = (await made('mutation { createSegment(name: "SME") { id } }')).id;
});
afterAll(() => t.close());

const RECORD = 'mutation($r: [SurveyResponseInput!]!) { recordSurveyResponses(responses: $r) { created } }';
const SUMMARY = `query($groupBy: NpsGroupBy, $journeyId: ID, $stageId: ID, $channelId: ID, $segmentId: ID, $departmentId: ID, $from: String, $to: String, $compareFrom: String, $compareTo: String) {
  npsSummary(groupBy: $groupBy, journeyId: $journeyId, stageId: $stageId, channelId: $channelId, segmentId: $segmentId, departmentId: $departmentId, from: $from, to: $to, compareFrom: $compareFrom, compareTo: $compareTo) {
    key label responses promoters passives detractors nps marginOfError intervalLow intervalHigh insufficient target gap previousResponses previousNps change significantChange
  }
}`;

const summary = async (variables: Record<string, unknown>) => {
  const result = await t.gql(SUMMARY, variables);
  expect(result.errors).toBeUndefined();
  return result.data!.npsSummary as Record<string, any>[];
};

let seq = 0;
/** Responses with `promoters` 9s, `passives` 7s and `detractors` 3s at one moment. */
function mix(promoters: number, passives: number, detractors: number, extra: Record<string, unknown>) {
  const scores = [...Array(promoters).fill(9), ...Array(passives).fill(7), ...Array(detractors).fill(3)];
  return scores.map(score => ({ source: 'known', externalId: `k${seq++}`, score, journeyId: ids.journey, ...extra }));
}

describe('a known set of responses', () => {
  beforeAll(async () => {
    // Stage A, January 2026 (web, consumer): 12 promoters, 9 passives, 9 detractors → NPS 10, MoE 28.0021 (hand-computed in nps.maths.test.ts).
    await t.gql(RECORD, { r: mix(12, 9, 9, { stageId: ids.stageA, channelId: ids.web, segmentId: ids.consumer, respondedAt: '2026-01-15T12:00:00Z' }) });
    // Stage A, March 2026 (app, SME): 50 promoters, 30 passives, 20 detractors → NPS 30, MoE 15.0754.
    await t.gql(RECORD, { r: mix(50, 30, 20, { stageId: ids.stageA, channelId: ids.app, segmentId: ids.sme, respondedAt: '2026-03-10T08:00:00Z' }) });
    // The journey as a whole, February: 10 promoters → NPS 100.
    await t.gql(RECORD, { r: mix(10, 0, 0, { respondedAt: '2026-02-01T00:30:00+01:00' }) });
  });

  it('by stage: every stage of the journey, targets and gaps, the stage without responses with nulls', async () => {
    const rows = await summary({ groupBy: 'STAGE', journeyId: ids.journey });
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ key: ids.stageA, label: 'Reporting the fault', responses: 130, promoters: 62, passives: 39, detractors: 29, insufficient: false, target: 35 });
    // 100 × (62 − 29) / 130 = 25.3846; the gap to 35 is 9.6154.
    expect(rows[0].nps).toBeCloseTo(25.3846, 3);
    expect(rows[0].gap).toBeCloseTo(9.6154, 3);
    expect(rows[1]).toMatchObject({ key: ids.stageB, responses: 0, nps: null, marginOfError: null, intervalLow: null, insufficient: true, target: 20, gap: null });
  });

  it('by month: every month of the range, NPS and margin as DESIGN §3 predicts', async () => {
    const rows = await summary({ groupBy: 'MONTH', journeyId: ids.journey, from: '2026-01-01', to: '2026-04-30' });
    expect(rows.map(r => [r.key, r.responses])).toEqual([['2026-01', 30], ['2026-02', 10], ['2026-03', 100], ['2026-04', 0]]);
    expect(rows[0]).toMatchObject({ nps: 10, insufficient: false, target: 20, gap: 10 });
    expect(rows[0].marginOfError).toBeCloseTo(28.0021, 3);
    expect(rows[0].intervalLow).toBeCloseTo(-18.0021, 3);
    expect(rows[1]).toMatchObject({ nps: 100, insufficient: true, intervalHigh: 100 });
    expect(rows[2].marginOfError).toBeCloseTo(15.0754, 3);
    expect(rows[3]).toMatchObject({ nps: null, marginOfError: null, gap: null });
  });

  it('by month in the organisation’s time zone: 1 February 00:30 in Amsterdam is February', async () => {
    const rows = await summary({ groupBy: 'MONTH', journeyId: ids.journey, from: '2026-02-01', to: '2026-02-01' });
    expect(rows.map(r => [r.key, r.responses])).toEqual([['2026-02', 10]]);
  });

  it('by quarter, journey, channel and segment', async () => {
    expect((await summary({ groupBy: 'QUARTER', journeyId: ids.journey })).map(r => [r.key, r.responses])).toEqual([['2026-Q1', 140]]);
    const journeys = await summary({ groupBy: 'JOURNEY' });
    expect(journeys.map(r => [r.label, r.responses, r.target])).toEqual([['Cancelling', 0, null], ['Reporting an outage', 140, 20]]);
    // 100 × (72 − 29) / 140 = 30.7143
    expect(journeys[1].nps).toBeCloseTo(30.7143, 3);
    const channels = await summary({ groupBy: 'CHANNEL', journeyId: ids.journey });
    expect(channels.map(r => [r.key, r.label, r.responses, r.nps])).toEqual([[ids.app, 'App', 100, 30], [ids.web, 'Web', 30, 10], ['none', 'No channel', 10, 100]]);
    expect(channels[0].target).toBe(20);
    const segments = await summary({ groupBy: 'SEGMENT', stageId: ids.stageA });
    expect(segments.map(r => [r.label, r.responses, r.target])).toEqual([['Consumer', 30, 35], ['SME', 100, 35]]);
  });

  it('filters by channel and segment', async () => {
    const [row] = await summary({ groupBy: 'STAGE', stageId: ids.stageA, segmentId: ids.consumer });
    expect(row).toMatchObject({ responses: 30, nps: 10 });
    const [app] = await summary({ groupBy: 'JOURNEY', journeyId: ids.journey, channelId: ids.app });
    expect(app).toMatchObject({ responses: 100, nps: 30 });
  });

  it('compares two periods: did this stage really improve?', async () => {
    const [row] = await summary({ groupBy: 'STAGE', stageId: ids.stageA, from: '2026-03-01', to: '2026-03-31', compareFrom: '2026-01-01', compareTo: '2026-01-31' });
    // 30 vs 10: 1.96 √(7.6915² + 14.2868²) = 31.80 > 20 → not significant.
    expect(row).toMatchObject({ responses: 100, nps: 30, previousResponses: 30, previousNps: 10, change: 20, significantChange: false });
    const [none] = await summary({ groupBy: 'STAGE', stageId: ids.stageA, compareFrom: '2025-01-01', compareTo: '2025-12-31' });
    expect(none).toMatchObject({ previousResponses: 0, previousNps: null, change: null, significantChange: false });
  });

  it('limits a department’s view to the stages its KPIs serve', async () => {
    const department = t.actors.departments.home;
    await made('mutation($d: ID!, $s: [ID!]) { createKpi(name: "Reachability", unit: "%", direction: HIGHER_IS_BETTER, departmentId: $d, stageIds: $s) { id } }', { d: department, s: [ids.stageB] });
    const stages = await summary({ groupBy: 'STAGE', departmentId: department });
    expect(stages.map(r => r.key)).toEqual([ids.stageB]);
    expect((await summary({ groupBy: 'JOURNEY', journeyId: ids.journey, departmentId: department }))[0].responses).toBe(0);
    expect((await summary({ groupBy: 'JOURNEY', journeyId: ids.journey, departmentId: t.actors.departments.away }))[0].responses).toBe(0);
  });

  it.each([
    ['from', { from: '2026-02-30' }],
    ['to', { to: 'tomorrow' }],
    ['to', { from: '2026-03-01', to: '2026-02-01' }],
    ['compareTo', { compareFrom: '2026-01-01' }],
    ['journeyId', { journeyId: 'abc' }],
  ])('refuses a bad %s, naming it', async (field, variables) => {
    expect(onlyError(await t.gql(SUMMARY, variables))).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('is for every reader, not for anonymous callers', async () => {
    expect((await t.gql(SUMMARY, { groupBy: 'JOURNEY' }, t.actors.people.viewer.token)).errors).toBeUndefined();
    expect(onlyError(await t.gql(SUMMARY, { groupBy: 'JOURNEY' }, null)).code).toBe('UNAUTHENTICATED');
  });
});

describe('realised impact', () => {
  it('compares each touched stage’s NPS in the 90 days before completion with the 90 days after', async () => {
    const created = await made(
      'mutation($d: ID!, $a: ID!, $b: ID!) { createInitiative(title: "Callback promise", departmentId: $d, pillar: OMNICHANNEL, effort: 4, confidence: 0.8, impacts: [{ stageId: $a, level: HIGH }, { stageId: $b, level: LOW }]) { id } }',
      { d: t.actors.departments.home, a: ids.stageA, b: ids.stageB },
    );
    expect(onlyError(await t.gql('query($id: ID!) { realisedImpact(initiativeId: $id) { stageId } }', { id: created.id }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'initiativeId' });
    // Completed on 1 February 2026: January is before, March after.
    await t.db.orm.em.getConnection().execute("update initiative set status = 'DONE', completed_at = '2026-02-01T10:00:00Z' where id = ?", [Number(created.id)]);
    const result = await t.gql('query($id: ID!) { realisedImpact(initiativeId: $id) { stageId stage { name } expectedLevel before { from to responses nps marginOfError } after { from to responses nps } difference significant } }', { id: created.id });
    expect(result.errors).toBeUndefined();
    const [a, b] = result.data!.realisedImpact;
    expect(a).toMatchObject({ stageId: ids.stageA, stage: { name: 'Reporting the fault' }, expectedLevel: 'HIGH', difference: 20, significant: false });
    expect(a.before).toMatchObject({ from: '2025-11-03', to: '2026-01-31', responses: 30, nps: 10 });
    expect(a.after).toMatchObject({ from: '2026-02-02', to: '2026-05-02', responses: 100, nps: 30 });
    expect(b).toMatchObject({ stageId: ids.stageB, expectedLevel: 'LOW', difference: null, significant: false, before: { responses: 0, nps: null } });
    expect(onlyError(await t.gql('{ realisedImpact(initiativeId: "999999") { stageId } }')).code).toBe('NOT_FOUND');
  });
});

describe('the kept counts', () => {
  /** Counts straight from the responses: what the aggregates must always equal. */
  const recount = async (from: string, to: string) =>
    t.db.orm.em.getConnection().execute<{ stage_id: number; responses: number; promoters: number; detractors: number }[]>(
      `select stage_id, count(*)::int as responses, count(*) filter (where score >= 9)::int as promoters, count(*) filter (where score <= 6)::int as detractors
       from survey_response
       where journey_id = ? and stage_id is not null and (responded_at at time zone 'Europe/Amsterdam')::date between ?::date and ?::date
       group by stage_id`,
      [Number(ids.quiet), from, to],
    );

  it('equal a recount after any sequence of batches and erasures, over any date range', async () => {
    const stages = [
      (await made('mutation($j: ID!) { createJourneyStage(journeyId: $j, name: "One", position: 1, importance: 3, reach: 1) { id } }', { j: ids.quiet })).id,
      (await made('mutation($j: ID!) { createJourneyStage(journeyId: $j, name: "Two", position: 2, importance: 3, reach: 1) { id } }', { j: ids.quiet })).id,
    ];
    const day = fc.integer({ min: 0, max: 400 }).map(n => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000 + (n % 24) * 3_600_000).toISOString());
    const response = fc.record({ externalId: fc.integer({ min: 1, max: 60 }).map(String), score: fc.integer({ min: 0, max: 10 }), stage: fc.constantFrom(...stages), respondedAt: day });
    const step = fc.oneof(
      fc.record({ kind: fc.constant('record' as const), batch: fc.array(response, { minLength: 1, maxLength: 12 }) }),
      fc.record({ kind: fc.constant('erase' as const), externalId: fc.integer({ min: 1, max: 60 }).map(String) }),
    );
    const date = fc.integer({ min: 0, max: 420 }).map(n => new Date(Date.UTC(2024, 11, 20) + n * 86_400_000).toISOString().slice(0, 10));
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), date, date, async (steps, d1, d2) => {
        const source = `prop${run++}`;
        for (const s of steps) {
          if (s.kind === 'record') {
            const r = s.batch.map(x => ({ source, externalId: x.externalId, score: x.score, journeyId: ids.quiet, stageId: x.stage, respondedAt: x.respondedAt }));
            expect((await t.gql(RECORD, { r })).errors).toBeUndefined();
          } else {
            await t.gql('mutation($s: String!, $e: String!) { deleteSurveyResponse(source: $s, externalId: $e) { id } }', { s: source, e: s.externalId });
          }
        }
        const [from, to] = d1 <= d2 ? [d1, d2] : [d2, d1];
        const expected = new Map((await recount(from, to)).map(r => [String(r.stage_id), r]));
        const rows = await summary({ groupBy: 'STAGE', journeyId: ids.quiet, from, to });
        for (const row of rows) {
          const want = expected.get(row.key) ?? { responses: 0, promoters: 0, detractors: 0 };
          expect({ key: row.key, responses: row.responses, promoters: row.promoters, detractors: row.detractors }).toEqual({ key: row.key, responses: want.responses, promoters: want.promoters, detractors: want.detractors });
        }
        // Months, and the journey as a whole, add up to the same responses.
        const total = rows.reduce((n, r) => n + r.responses, 0);
        const months = await summary({ groupBy: 'MONTH', journeyId: ids.quiet, from, to });
        expect(months.reduce((n, r) => n + r.responses, 0)).toBe(total);
        expect((await summary({ groupBy: 'JOURNEY', journeyId: ids.quiet, from, to }))[0].responses).toBe(total);
      }),
      { numRuns: 25 },
    );
    // And the kept tables equal a rebuild from scratch.
    const connection = t.db.orm.em.getConnection();
    const snapshot = async () => connection.execute<{ d: string; m: string }[]>(
      `select (select md5(string_agg(x::text, ',' order by x::text)) from survey_response_daily x where responses <> 0) as d,
              (select md5(string_agg(x::text, ',' order by x::text)) from survey_response_monthly x where responses <> 0) as m`,
    );
    const kept = await snapshot();
    const { recountAggregates } = await import('../src/modules/survey-response/ingest.js');
    const em = t.db.fork();
    await em.transactional(tx => recountAggregates(tx, 'Europe/Amsterdam'));
    expect(await snapshot()).toEqual(kept);
  });
});
