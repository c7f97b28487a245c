import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { createTestDatabase, killAll, outcome, signIn, spawnServer, type Spawned, type TestDatabase } from './spawned.js';

/**
 * Two Regie processes (the compiled server, built by the global setup) on one PostgreSQL database,
 * as a deployment with two replicas runs: concurrent governance calls on one initiative, stage
 * moves across two journeys, one survey batch sent to both at once, and a server killed in the
 * middle of a large import. Every call succeeds or answers CONFLICT; nothing is lost or doubled.
 */
const PASSWORD = 'two-servers-password';
const SECRET = randomBytes(32).toString('hex');
let database: TestDatabase;

const start = (): Promise<Spawned> => spawnServer({ DATABASE_URL: database.url, DEMO_PASSWORD: PASSWORD, REGIE_JWT_SECRET: SECRET });
const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> => database.sql<T>(text, params);

let a: Spawned;
let b: Spawned;
let token = '';

async function gql(server: Spawned, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
}

beforeAll(async () => {
  database = await createTestDatabase();
  // The first migrates and seeds the demo organisation; the second finds it done.
  a = await start();
  b = await start();
  token = await signIn(a.url, PASSWORD);
}, 120_000);

afterAll(async () => {
  await killAll();
  await database?.drop();
});

describe('two servers on one database', () => {
  it('answer 20 rounds of 200 concurrent updates, transitions and pins of one initiative with success or CONFLICT only', async () => {
    const departmentId = (await sql<{ id: number }>(`select id from department where code = 'CS'`))[0].id;
    const tally = { calls: 0, successes: 0, conflicts: 0, other: [] as string[] };
    for (let round = 0; round < 20; round++) {
      const created = await gql(a, 'mutation($d: ID!) { createInitiative(title: "Race", departmentId: $d, pillar: OMNICHANNEL, effort: 3, confidence: 0.5) { id version } }', { d: departmentId });
      const { id, version: v0 } = created.data!.createInitiative;
      const submitted = await gql(b, 'mutation($id: ID!, $v: Int!) { transitionInitiative(id: $id, to: UNDER_REVIEW, version: $v) { version } }', { id, v: v0 });
      const version = submitted.data!.transitionInitiative.version as number;
      const calls = Array.from({ length: 200 }, (_, i) => {
        const server = i % 2 === 0 ? a : b;
        if (i % 3 === 0) return gql(server, 'mutation($id: ID!, $v: Int!, $e: Float!) { updateInitiative(id: $id, version: $v, effort: $e) { version } }', { id, v: version, e: 4 + i });
        if (i % 3 === 1) return gql(server, 'mutation($id: ID!, $v: Int!) { transitionInitiative(id: $id, to: APPROVED, version: $v) { version } }', { id, v: version });
        return gql(server, 'mutation($id: ID!, $v: Int!, $r: Int!) { pinRank(id: $id, rank: $r, reason: "Race", version: $v) { version } }', { id, v: version, r: 500 + round });
      });
      const outcomes = (await Promise.all(calls)).map(outcome);
      const successes = outcomes.filter(o => o === 'OK').length;
      tally.calls += outcomes.length;
      tally.successes += successes;
      tally.conflicts += outcomes.filter(o => o === 'CONFLICT').length;
      tally.other.push(...outcomes.filter(o => o !== 'OK' && o !== 'CONFLICT'));
      const [row] = await sql<{ version: number }>('select version from initiative where id = $1', [id]);
      expect({ round, successes, final: row.version }).toEqual({ round, successes: 1, final: version + 1 });
      // The one success is applied once: one audit entry of the winning operation beyond the set-up.
      const audited = await sql<{ n: number }>(
        `select count(*)::int as n from audit_entry where entity = 'Initiative' and entity_id = $1
           and (operation in ('updateInitiative', 'pinRank') or (operation = 'transitionInitiative' and changes::text like '%APPROVED%'))`,
        [String(id)],
      );
      expect(audited[0].n).toBe(1);
    }
    expect(tally.other).toEqual([]);
    expect(tally).toMatchObject({ calls: 4000, successes: 20, conflicts: 3980 });
  }, 600_000);

  it('moves stages between two journeys concurrently without losing or doubling a position', async () => {
    const journeys = await sql<{ id: number }>('select id from journey order by id limit 2');
    const stages = await sql<{ id: number; version: number; journey_id: number }>('select id, version, journey_id from journey_stage where journey_id in ($1, $2) order by id', [journeys[0].id, journeys[1].id]);
    const outcomes: string[] = [];
    for (let round = 0; round < 5; round++) {
      const current = await sql<{ id: number; version: number }>('select id, version from journey_stage where id = any($1::int[]) order by id', [stages.map(s => s.id)]);
      const calls = current.slice(0, 8).flatMap((stage, i) =>
        [0, 1].map(k =>
          gql(k === 0 ? a : b, 'mutation($id: ID!, $v: Int!, $j: ID!, $p: Int!) { updateJourneyStage(id: $id, version: $v, journeyId: $j, position: $p) { id } }', {
            id: stage.id,
            v: stage.version,
            j: journeys[(i + k + round) % 2].id,
            p: 1 + ((i + k) % 3),
          }),
        ),
      );
      outcomes.push(...(await Promise.all(calls)).map(outcome));
      // Positions stay 1..n within each journey, every stage once.
      for (const journey of journeys) {
        const positions = await sql<{ position: number }>('select position from journey_stage where journey_id = $1 order by position', [journey.id]);
        expect(positions.map(p => p.position)).toEqual(positions.map((_, i) => i + 1));
      }
      const [{ n }] = await sql<{ n: number }>('select count(*)::int as n from journey_stage where id = any($1::int[])', [stages.map(s => s.id)]);
      expect(n).toBe(stages.length);
    }
    expect(outcomes.filter(o => o !== 'OK' && o !== 'CONFLICT')).toEqual([]);
    expect(outcomes.filter(o => o === 'OK').length).toBeGreaterThan(0);
  }, 120_000);

  it('stores one copy of a batch sent five times at once to both servers, and the counts equal a recount', async () => {
    const [{ journey_id, id: stageId }] = await sql<{ journey_id: number; id: number }>('select journey_id, id from journey_stage order by id limit 1');
    const batch = Array.from({ length: 500 }, (_, i) => ({
      source: 'twin-batch',
      externalId: `r-${i}`,
      score: i % 11,
      journeyId: String(journey_id),
      stageId: String(stageId),
      respondedAt: new Date(Date.now() - (1 + (i % 20)) * 86_400_000).toISOString(),
    }));
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => gql(i % 2 === 0 ? a : b, 'mutation($r: [SurveyResponseInput!]!) { recordSurveyResponses(responses: $r) { created duplicates } }', { r: batch })),
    );
    expect(results.map(outcome)).toEqual(Array(10).fill('OK'));
    expect(results.reduce((sum, r) => sum + r.data!.recordSurveyResponses.created, 0)).toBe(500);
    const [{ n }] = await sql<{ n: number }>(`select count(*)::int as n from survey_response where source = 'twin-batch'`);
    expect(n).toBe(500);
    await expectCountsEqualRecount();
  }, 120_000);

  it('keeps a whole import or none of it when its server is killed in the middle, and the other server carries on', async () => {
    const [{ journey_id, id: stageId }] = await sql<{ journey_id: number; id: number }>('select journey_id, id from journey_stage order by id limit 1');
    const rows = 300_000;
    const day = new Date(Date.now() - 3 * 86_400_000).toISOString();
    const lines = ['source,externalId,score,journey,stage,respondedAt'];
    for (let i = 0; i < rows; i++) lines.push(`twin-kill,k-${i},${i % 11},${journey_id},${stageId},${day}`);
    const body = lines.join('\n');
    const upload = fetch(`${a.url}/import/survey-responses`, { method: 'POST', headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` }, body }).then(
      response => response.status,
      () => 'killed',
    );
    // Killed while it streams and stores (the file takes seconds to import on two cores).
    await new Promise(resolve => setTimeout(resolve, 1500));
    a.child.kill('SIGKILL');
    await a.exited;
    await upload;
    // PostgreSQL ends the dead server's transaction; what it stored is all or nothing.
    let stored = -1;
    for (let i = 0; i < 50; i++) {
      const [{ n, busy }] = await sql<{ n: number; busy: number }>(
        `select (select count(*)::int from survey_response where source = 'twin-kill') as n,
                (select count(*)::int from pg_stat_activity where datname = current_database() and state <> 'idle' and xact_start is not null and pid <> pg_backend_pid()) as busy`,
      );
      stored = n;
      if (busy === 0) break;
      await new Promise(resolve => setTimeout(resolve, 200));
    }
    expect([0, rows]).toContain(stored);
    await expectCountsEqualRecount();
    // The other server still answers, and a restarted one joins it.
    expect(outcome(await gql(b, '{ me { id } }'))).toBe('OK');
    a = await start();
    expect(outcome(await gql(a, '{ me { id } }'))).toBe('OK');
  }, 180_000);
});

/** The daily counts equal a recount of the raw responses (in the server's time zone, Europe/Amsterdam). */
async function expectCountsEqualRecount() {
  const [row] = await sql<{ differences: number }>(
    `select count(*)::int as differences from (
       (select journey_id, stage_id, channel_id, segment_id, day, responses, promoters, detractors from survey_response_daily where responses <> 0
        except
        select journey_id, coalesce(stage_id, 0), coalesce(channel_id, 0), coalesce(segment_id, 0), (responded_at at time zone 'Europe/Amsterdam')::date,
               count(*)::int, count(*) filter (where score >= 9)::int, count(*) filter (where score <= 6)::int
        from survey_response group by 1, 2, 3, 4, 5)
       union all
       (select journey_id, coalesce(stage_id, 0), coalesce(channel_id, 0), coalesce(segment_id, 0), (responded_at at time zone 'Europe/Amsterdam')::date,
               count(*)::int, count(*) filter (where score >= 9)::int, count(*) filter (where score <= 6)::int
        from survey_response group by 1, 2, 3, 4, 5
        except
        select journey_id, stage_id, channel_id, segment_id, day, responses, promoters, detractors from survey_response_daily where responses <> 0)
     ) d`,
  );
  expect(row.differences).toBe(0);
}
