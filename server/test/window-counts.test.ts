import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addDays, zonedDate } from '../src/common/time-zone.js';
import { refreshWindowCounts, windowCountsStale } from '../src/modules/scoring/window-counts.js';
import { startTestServer, type TestServer } from './harness.js';

/**
 * The kept scoring window counts (stage_window_count): rebuilt from the daily and monthly counts,
 * then kept exact by every ingest and erasure, and never read when they are for another day or
 * window. Each check compares them with a count of the raw responses.
 */
let t: TestServer;
const ids = { journey: '', stageA: '', stageB: '', initiative: '' };
const TIME_ZONE = 'Europe/Amsterdam';
const today = () => zonedDate(new Date(), TIME_ZONE);
/** Noon of a day this many days before today, in the organisation's zone (an offset-free timestamp is read on its clock); a minute ago for today. */
const daysAgo = (days: number) => (days === 0 ? new Date(Date.now() - 60_000).toISOString() : `${addDays(today(), -days)}T12:00:00`);

const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) => t.db.orm.em.getConnection().execute<T[]>(text, params);

beforeAll(async () => {
  t = await startTestServer();
  const made = async (query: string, variables: Record<string, unknown> = {}) => {
    const result = await t.gql(query, variables);
    expect(result.errors).toBeUndefined();
    return Object.values(result.data!)[0] as { id: string };
  };
  ids.journey = (await made('mutation { createJourney(name: "Moving house", targetNps: 40) { id } }')).id;
  const stage = (name: string, position: number) =>
    made('mutation($j: ID!, $n: String!, $p: Int!) { createJourneyStage(journeyId: $j, name: $n, position: $p, importance: 5, reach: 1) { id } }', { j: ids.journey, n: name, p: position });
  ids.stageA = (await stage('Announcing the move', 1)).id;
  ids.stageB = (await stage('Final bill', 2)).id;
  const department = await made('mutation { createDepartment(name: "Customer Service", code: "CS") { id } }');
  ids.initiative = (
    await made(
      `mutation($d: ID!, $a: ID!, $b: ID!) { createInitiative(title: "Moving made easy", departmentId: $d, pillar: JOURNEY_INSIGHT, effort: 2, confidence: 1,
        impacts: [{ stageId: $a, level: HIGH }, { stageId: $b, level: LOW }]) { id } }`,
      { d: department.id, a: ids.stageA, b: ids.stageB },
    )
  ).id;
});
afterAll(() => t.close());

const RECORD = 'mutation($r: [SurveyResponseInput!]!) { recordSurveyResponses(responses: $r) { created } }';

async function record(source: string, stageId: string, scores: number[], respondedAt: string) {
  const responses = scores.map((score, i) => ({ source, externalId: `${source}-${i}`, score, journeyId: ids.journey, stageId, respondedAt }));
  const result = await t.gql(RECORD, { r: responses });
  expect(result.errors).toBeUndefined();
}

/** The kept rows and a count of the raw responses of the same windows. */
async function keptAndRecounted() {
  const kept = await sql<{ stage_id: number; as_of: string; window_days: number; responses: number; promoters: number; detractors: number }>(
    `select stage_id, to_char(as_of, 'YYYY-MM-DD') as as_of, window_days, responses, promoters, detractors from stage_window_count order by stage_id`,
  );
  const recounted = await sql<{ stage_id: number; responses: number; promoters: number; detractors: number }>(
    `select c.stage_id, count(r.id)::int as responses, count(r.id) filter (where r.score >= 9)::int as promoters, count(r.id) filter (where r.score <= 6)::int as detractors
     from stage_window_count c left join survey_response r on r.stage_id = c.stage_id
       and (r.responded_at at time zone ?)::date > c.as_of - c.window_days and (r.responded_at at time zone ?)::date <= c.as_of
     group by c.stage_id order by c.stage_id`,
    [TIME_ZONE, TIME_ZONE],
  );
  return { kept: kept.map(({ stage_id, responses, promoters, detractors }) => ({ stage_id, responses, promoters, detractors })), recounted, rows: kept };
}

const SCORE = 'query($id: ID!) { Initiative(id: $id) { priorityScore scoreBreakdown { terms { stageId responses actualNps marginOfError gapFactor } } } }';
const scoreNow = async () => (await t.gql(SCORE, { id: ids.initiative })).data!.Initiative;

describe('the kept scoring window counts', () => {
  it('are rebuilt for today and the model window, then kept exact by ingest and erasure', async () => {
    // Inside the 90-day window: yesterday and 89 days ago (the window's first day); outside: 90 and 200 days ago.
    await record('a-in', ids.stageA, [10, 9, 8, 3, 0], daysAgo(1));
    await record('a-edge', ids.stageA, [9, 2], daysAgo(89));
    await record('a-out', ids.stageA, [10, 10, 10], daysAgo(90));
    await record('b-old', ids.stageB, [1, 1], daysAgo(200));
    // The slow path (no kept rows yet for these new stages) is what the fast path must equal.
    const slow = await scoreNow();

    await refreshWindowCounts(t.db.fork(), today());
    expect(await windowCountsStale(t.db.fork(), today())).toBe(false);
    let { kept, recounted, rows } = await keptAndRecounted();
    expect(rows.every(row => row.as_of === today() && row.window_days === 90)).toBe(true);
    // Stage A: 5 + 2 responses in the window, promoters 10, 9, 9 → 3, detractors 3, 0, 2 → 3. Stage B: none.
    expect(kept.find(k => String(k.stage_id) === ids.stageA)).toEqual({ stage_id: Number(ids.stageA), responses: 7, promoters: 3, detractors: 3 });
    expect(kept.find(k => String(k.stage_id) === ids.stageB)).toEqual({ stage_id: Number(ids.stageB), responses: 0, promoters: 0, detractors: 0 });
    expect(kept).toEqual(recounted);
    expect(await scoreNow()).toEqual(slow);

    // New responses inside and outside the window, and an erasure: the kept rows follow.
    await record('a-more', ids.stageA, [0, 0, 0, 10], daysAgo(0));
    await record('b-new', ids.stageB, [9, 9, 4], daysAgo(30));
    await record('b-older', ids.stageB, [9], daysAgo(120));
    const erase = await t.gql('mutation { deleteSurveyResponse(source: "a-in", externalId: "a-in-0") { id } }');
    expect(erase.errors).toBeUndefined();
    ({ kept, recounted } = await keptAndRecounted());
    // Stage A: 7 + 4 − 1 = 10 (promoters 3 + 1 − 1 = 3, detractors 3 + 3 = 6). Stage B: 3 (2 promoters, 1 detractor).
    expect(kept.find(k => String(k.stage_id) === ids.stageA)).toEqual({ stage_id: Number(ids.stageA), responses: 10, promoters: 3, detractors: 6 });
    expect(kept.find(k => String(k.stage_id) === ids.stageB)).toEqual({ stage_id: Number(ids.stageB), responses: 3, promoters: 2, detractors: 1 });
    expect(kept).toEqual(recounted);

    // The score read from the kept rows equals the one read from the daily and monthly counts.
    const fast = await scoreNow();
    await sql('delete from stage_window_count');
    expect(await scoreNow()).toEqual(fast);
    expect(fast.scoreBreakdown.terms.map((term: { responses: number }) => term.responses)).toEqual([10, 3]);
  });

  it('are never read for another day or window, and follow a new model window at once', async () => {
    await refreshWindowCounts(t.db.fork(), today());
    const current = await scoreNow();
    // Rows for yesterday with wrong numbers: not current, so not read.
    await sql(`update stage_window_count set as_of = as_of - 1, responses = responses + 500, promoters = promoters + 500`);
    expect(await scoreNow()).toEqual(current);

    // A 300-day window takes in the responses of 120 and 200 days ago (stage B: 3 + 1 + 2 = 6).
    const changed = await t.gql('mutation { updateScoringModel(windowDays: 300, reason: "A longer memory") { version windowDays } }');
    expect(changed.errors).toBeUndefined();
    const { kept, recounted, rows } = await keptAndRecounted();
    expect(rows.every(row => row.as_of === today() && row.window_days === 300)).toBe(true);
    expect(kept).toEqual(recounted);
    expect(kept.find(k => String(k.stage_id) === ids.stageB)?.responses).toBe(6);
    const longer = await scoreNow();
    expect(longer.scoreBreakdown.terms.map((term: { responses: number }) => term.responses)).toEqual([13, 6]);
  });

  it('stay exact when ingest and a rebuild run at once', async () => {
    await sql(`update stage_window_count set as_of = as_of - 1`);
    const batches = Array.from({ length: 6 }, (_, b) => record(`race-${b}`, b % 2 === 0 ? ids.stageA : ids.stageB, [10, 6, 8, 0, 9], daysAgo(b)));
    await Promise.all([...batches, refreshWindowCounts(t.db.fork(), today()), refreshWindowCounts(t.db.fork(), today())]);
    const { kept, recounted } = await keptAndRecounted();
    expect(kept).toEqual(recounted);
  });
});
