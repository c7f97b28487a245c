import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../src/database/orm.js';
import { gql as post, killAll, outcome, signIn, sleep, spawnServer, type Spawned } from './spawned.js';

/**
 * The embedded database (PGlite in the server's process, with a data directory) under the same
 * fire as two-servers.test.ts puts PostgreSQL: concurrent governance calls on one initiative
 * with the version each read (every call succeeds or answers CONFLICT, the final version counts
 * the successes), and a server killed with SIGKILL in the middle of a survey batch of 5,000
 * (after a restart on the same directory the batch is there whole or not at all, and the NPS
 * counts equal a recount of the raw responses). Fewer rounds than on PostgreSQL: the embedded
 * database serves one request at a time.
 */
const PASSWORD = 'embedded-races-password';
const ROUNDS = 5;
const CALLS = 50;
const BATCH = 5000;

let dataDir = '';
let server: Spawned;
let token = '';

const start = () => spawnServer({ REGIE_DATA_DIR: dataDir, DEMO_PASSWORD: PASSWORD, REGIE_JWT_SECRET: 'e'.repeat(40), REGIE_BODY_LIMIT: '4mb' });
const gql = (query: string, variables: Record<string, unknown> = {}) => post(server.url, query, variables, token, 120_000);

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'regie-embedded-races-'));
  server = await start();
  token = await signIn(server.url, PASSWORD);
}, 120_000);

afterAll(async () => {
  await killAll();
  await rm(dataDir, { recursive: true, force: true });
});

describe('the embedded database under concurrent calls and a crash', () => {
  it(`answers ${ROUNDS} rounds of ${CALLS} concurrent updates, transitions and pins of one initiative with success or CONFLICT only`, async () => {
    const departments = await gql('{ allDepartments(perPage: 100) { id code } }');
    const departmentId = departments.data.allDepartments.find((d: { code: string }) => d.code === 'CS').id;
    const tally = { calls: 0, successes: 0, conflicts: 0, other: [] as string[] };
    for (let round = 0; round < ROUNDS; round++) {
      const created = await gql('mutation($d: ID!) { createInitiative(title: "Embedded race", departmentId: $d, pillar: OMNICHANNEL, effort: 3, confidence: 0.5) { id version } }', { d: departmentId });
      const { id, version: v0 } = created.data.createInitiative;
      const submitted = await gql('mutation($id: ID!, $v: Int!) { transitionInitiative(id: $id, to: UNDER_REVIEW, version: $v) { version } }', { id, v: v0 });
      const version = submitted.data.transitionInitiative.version as number;
      const calls = Array.from({ length: CALLS }, (_, i) => {
        if (i % 3 === 0) return gql('mutation($id: ID!, $v: Int!, $e: Float!) { updateInitiative(id: $id, version: $v, effort: $e) { version } }', { id, v: version, e: 4 + i });
        if (i % 3 === 1) return gql('mutation($id: ID!, $v: Int!) { transitionInitiative(id: $id, to: APPROVED, version: $v) { version } }', { id, v: version });
        return gql('mutation($id: ID!, $v: Int!, $r: Int!) { pinRank(id: $id, rank: $r, reason: "Race", version: $v) { version } }', { id, v: version, r: 700 + round });
      });
      const outcomes = (await Promise.all(calls)).map(outcome);
      const successes = outcomes.filter(o => o === 'OK').length;
      tally.calls += outcomes.length;
      tally.successes += successes;
      tally.conflicts += outcomes.filter(o => o === 'CONFLICT').length;
      tally.other.push(...outcomes.filter(o => o !== 'OK' && o !== 'CONFLICT'));
      const read = await gql('query($id: ID!) { Initiative(id: $id) { version decisions { action } } }', { id });
      // One success, applied once: the version moved by one, and at most one APPROVE or PIN_RANK decision beyond the set-up's SUBMIT.
      expect({ round, successes, final: read.data.Initiative.version }).toEqual({ round, successes: 1, final: version + 1 });
      const decided = read.data.Initiative.decisions.filter((d: { action: string }) => d.action !== 'SUBMIT').length;
      expect(decided).toBeLessThanOrEqual(1);
    }
    console.log(`embedded races: ${JSON.stringify({ ...tally, other: tally.other.length })}`);
    expect(tally.other).toEqual([]);
    expect(tally).toMatchObject({ calls: ROUNDS * CALLS, successes: ROUNDS, conflicts: ROUNDS * CALLS - ROUNDS });
  }, 90_000);

  it(`keeps a batch of ${BATCH} whole or not at all when the server is killed in its middle, and after a restart the NPS counts equal a recount`, async () => {
    const stages = await gql('{ allJourneyStages(perPage: 1) { id journeyId } }');
    const { id: stageId, journeyId } = stages.data.allJourneyStages[0];
    const batch = (source: string) =>
      Array.from({ length: BATCH }, (_, i) => ({
        source,
        externalId: `e-${i}`,
        score: i % 11,
        journeyId,
        stageId,
        respondedAt: new Date(Date.now() - (1 + (i % 30)) * 86_400_000).toISOString(),
      }));
    const record = 'mutation($r: [SurveyResponseInput!]!) { recordSurveyResponses(responses: $r) { created duplicates } }';

    // How long a batch takes here, so that the kill lands in the middle of the next one.
    const timed = await gql(record, { r: batch('embedded-timed') });
    expect(timed.data?.recordSurveyResponses).toEqual({ created: BATCH, duplicates: 0 });

    // Killed at two points of the batch (timed by the first, which pays some first-time costs):
    // while it is read and checked, and later, when it is stored or just answered.
    for (const [k, share] of [0.3, 0.6].entries()) {
      const source = `embedded-kill-${k}`;
      const sending = gql(record, { r: batch(source) }).then(
        answer => `answered ${outcome(answer)}`,
        () => 'cut off',
      );
      await sleep(timed.ms * share);
      server.child.kill('SIGKILL');
      await server.exited;
      const answered = await sending;

      // Restarted on the same data directory.
      server = await start();
      const counted = await gql('query($s: String!) { killed: _allSurveyResponsesMeta(filter: { source: $s }) { count } timed: _allSurveyResponsesMeta(filter: { source: "embedded-timed" }) { count } }', { s: source });
      expect(counted.errors).toBeUndefined();
      const stored = counted.data.killed.count as number;
      console.log(`embedded kill: a batch of ${BATCH} takes ${Math.round(timed.ms)} ms, killed after ${Math.round(timed.ms * share)} ms; the client saw "${answered}"; stored after restart: ${stored}`);
      expect([0, BATCH]).toContain(stored);
      // A batch the client was told about is there, and so is the one acknowledged before.
      if (answered === 'answered OK') expect(stored).toBe(BATCH);
      expect(counted.data.timed.count).toBe(BATCH);
    }

    // The counts the NPS reads equal a recount of the responses: checked in the data directory once the server has stopped.
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    const db = await openDatabase({ dataDir: path.join(dataDir, 'pglite'), statementTimeoutMs: 60_000 });
    try {
      const [{ differences, responses }] = await db.orm.em.getConnection().execute<{ differences: number; responses: number }[]>(RECOUNT);
      console.log(`embedded recount: ${responses} responses, ${differences} differing daily counts`);
      expect(differences).toBe(0);
      expect(responses).toBeGreaterThanOrEqual(BATCH);
    } finally {
      await db.close();
    }
  }, 120_000);
});

/** The daily counts against a recount of the raw responses (days in the server's time zone, Europe/Amsterdam), as two-servers.test.ts does. */
const RECOUNT = `
  with recount as (
    select journey_id, coalesce(stage_id, 0) as stage_id, coalesce(channel_id, 0) as channel_id, coalesce(segment_id, 0) as segment_id,
           (responded_at at time zone 'Europe/Amsterdam')::date as day,
           count(*)::int as responses, count(*) filter (where score >= 9)::int as promoters, count(*) filter (where score <= 6)::int as detractors
    from survey_response group by 1, 2, 3, 4, 5
  ), kept as (
    select journey_id, stage_id, channel_id, segment_id, day, responses, promoters, detractors from survey_response_daily where responses <> 0
  )
  select (select count(*)::int from ((select * from kept except select * from recount) union all (select * from recount except select * from kept)) d) as differences,
         (select count(*)::int from survey_response) as responses`;
