import { afterAll, describe, expect, it } from '@jest/globals';
import { createServer } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { migrationsList } from '../src/database/migrations/index.js';
import { openDatabase, type Database } from '../src/database/orm.js';
import { createLogger } from '../src/logger.js';
import { hashPassword } from '../src/modules/auth/password.js';
import { createTestDatabase, gql, signIn, type TestDatabase } from './spawned.js';

/**
 * Upgrading a database made by an earlier release. Each release below is the state of main at
 * the end of a working session, named by the last migration it shipped (from `git log` on
 * src/database/migrations): every migration up to and including that one, in the order of
 * migrationsList. When a release ships, add it here.
 *
 * For each: a fresh database gets that release's migrations only, is filled by SQL with the rows
 * that release's API let people make (its tables and columns as they were, edge cases included:
 * every status, decision action and actor kind, months and quarters, two initiatives pinned at
 * one rank, which nothing then refused), and is then migrated to head. Every row must be kept:
 * the same count and the same fingerprint of the columns that existed before, per table, except
 * values a migration moves on purpose (declared below, checked to be moved and not lost). The
 * API at head then reads the old rows. A second `up()` applies nothing and changes nothing, and
 * two processes starting at once on an old database (two replicas) both come up.
 */
const RELEASES = [
  { release: '2026-11-25', last: 'Migration20261125190232_domain' },
  { release: '2026-12-01', last: 'Migration20261201212522_survey_responses' },
];
const PASSWORD = 'upgrade-test-password';

const databases: TestDatabase[] = [];
afterAll(async () => {
  for (const database of databases) await database.drop();
});

async function oldDatabase(last: string): Promise<{ database: TestDatabase; db: Database }> {
  const database = await createTestDatabase();
  databases.push(database);
  const db = await openDatabase({ databaseUrl: database.url, dataDir: 'memory://', statementTimeoutMs: 60_000 });
  await db.orm.migrator.up({ to: last });
  return { database, db };
}

type Snapshot = Map<string, { columns: string[]; rows: number; digest: string }>;

/** Per table: its columns (or the given ones), row count and an md5 of every row's values of those columns, in a stable order. */
async function snapshot(database: TestDatabase, columnsOf?: Map<string, string[]>, where: Record<string, string> = {}): Promise<Snapshot> {
  const tables = await database.sql<{ table_name: string; columns: string[] }>(
    `select table_name, array_agg(column_name::text order by column_name) as columns from information_schema.columns
     where table_schema = 'public' and table_name <> 'mikro_orm_migrations' group by table_name order by table_name`,
  );
  const result: Snapshot = new Map();
  for (const { table_name: table, columns: current } of tables) {
    const columns = columnsOf ? columnsOf.get(table) : current;
    if (!columns) continue;
    const row = `jsonb_build_array(${columns.map(c => `x."${c}"`).join(', ')})::text`;
    const [{ rows, digest }] = await database.sql<{ rows: number; digest: string }>(
      `select count(*)::int as rows, md5(coalesce(string_agg(${row}, '|' order by ${row}), '')) as digest from "${table}" x where ${where[table] ?? 'true'}`,
    );
    result.set(table, { columns, rows, digest });
  }
  return result;
}

/**
 * Values a migration changes on purpose, each checked to be moved and not lost:
 * - Migration20261202024916_cockpit: a person's email, which `actor_name` held, moves to the new
 *   `actor_email`, and `actor_name` becomes the person's name (`expectMovedNotLost`);
 * - Migration20261202002745_scoring: pins now belong to open candidates, one per rank; a pin that
 *   breaks the rule is cleared and an UNPIN decision keeps its rank (`expectClearedPinsRecorded`).
 *   Those decisions are new rows: the old decisions are compared on their own.
 */
const MOVED: Record<string, string[]> = { audit_entry: ['actor_name'], decision: ['actor_name'], initiative: ['pinned_rank', 'pin_reason'] };

describe.each(RELEASES)('a database of the release of $release (up to $last)', ({ last }) => {
  it('upgrades to head with every row kept, is read by the API, and a second run changes nothing', async () => {
    const { database, db } = await oldDatabase(last);
    try {
      const passwordHash = await hashPassword(PASSWORD);
      await fillAsTheOldReleaseDid(database, passwordHash);
      const before = await snapshot(database);
      // Compared after the upgrade: every column of the old release but the moved ones.
      const kept = new Map([...before].map(([table, { columns }]) => [table, columns.filter(c => !MOVED[table]?.includes(c))]));
      const [{ last_decision: lastDecision }] = await database.sql<{ last_decision: number }>('select coalesce(max(id), 0) as last_decision from decision');
      const old = { decision: `id <= ${lastDecision}` };
      const keptBefore = await snapshot(database, kept, old);
      const oldPins = await database.sql<{ id: number; pinned_rank: number; pin_reason: string }>('select id, pinned_rank, pin_reason from initiative where pinned_rank is not null');
      const oldActors = await database.sql<{ table: string; id: string; actor_name: string; actor_type: string; actor_id: number }>(
        `select 'audit_entry' as table, id::text, actor_name, actor_type, actor_id from audit_entry union all select 'decision', id::text, actor_name, actor_type, actor_id from decision`,
      );

      const applied = await db.migrate();
      const lastIndex = migrationsList.findIndex(m => m.name === last);
      expect(new Set(applied)).toEqual(new Set(migrationsList.slice(lastIndex + 1).map(m => m.name)));

      // Every table of the old release keeps its rows and, column by column, its values.
      const after = await snapshot(database, kept, old);
      for (const [table, { rows, digest }] of keptBefore) expect({ table, rows: after.get(table)?.rows, digest: after.get(table)?.digest }).toEqual({ table, rows, digest });
      await expectMovedNotLost(database, oldActors);
      await expectClearedPinsRecorded(database, oldPins, lastDecision);

      // The API at head reads the old rows.
      await expectTheApiReadsThem(db, database);

      // Migrating again applies nothing and changes nothing.
      const full = await snapshot(database);
      const [{ n: migrations }] = await database.sql<{ n: number }>('select count(*)::int as n from mikro_orm_migrations');
      expect(await db.migrate()).toEqual([]);
      expect(await db.pendingMigrations()).toEqual([]);
      expect(await snapshot(database)).toEqual(full);
      expect((await database.sql<{ n: number }>('select count(*)::int as n from mikro_orm_migrations'))[0].n).toBe(migrations);
      console.log(`upgrade from ${last}: ${[...before.values()].reduce((sum, t) => sum + t.rows, 0)} rows in ${before.size} tables kept; migrations applied: ${applied.join(', ')}`);
    } finally {
      await db.close();
    }
  }, 90_000);
});

describe('two processes starting at once on an old database', () => {
  it('both migrate without error, and the migrations run once', async () => {
    const { database, db } = await oldDatabase(RELEASES[RELEASES.length - 1].last);
    await fillAsTheOldReleaseDid(database, await hashPassword(PASSWORD));
    const before = await database.sql<{ n: number }>('select count(*)::int as n from initiative');
    const other = await openDatabase({ databaseUrl: database.url, dataDir: 'memory://', statementTimeoutMs: 60_000 });
    try {
      const results = await Promise.allSettled([db.migrate(), other.migrate()]);
      expect(results.map(r => r.status)).toEqual(['fulfilled', 'fulfilled']);
      const applied = results.flatMap(r => (r.status === 'fulfilled' ? r.value : []));
      const lastIndex = migrationsList.findIndex(m => m.name === RELEASES[RELEASES.length - 1].last);
      expect(applied.sort()).toEqual(migrationsList.slice(lastIndex + 1).map(m => m.name).sort());
      const [{ n, distinct }] = await database.sql<{ n: number; distinct: number }>('select count(*)::int as n, count(distinct name)::int as distinct from mikro_orm_migrations');
      expect({ n, distinct }).toEqual({ n: migrationsList.length, distinct: migrationsList.length });
      expect(await database.sql('select count(*)::int as n from initiative')).toEqual(before);
    } finally {
      await db.close();
      await other.close();
    }
  }, 90_000);
});

/** Every pin the upgrade cleared has an UNPIN decision naming its rank; the others are as they were; the new decisions are those. */
async function expectClearedPinsRecorded(database: TestDatabase, oldPins: { id: number; pinned_rank: number; pin_reason: string }[], lastDecision: number) {
  const now = new Map((await database.sql<{ id: number; pinned_rank: number | null; pin_reason: string | null }>('select id, pinned_rank, pin_reason from initiative')).map(i => [i.id, i]));
  const added = await database.sql<{ initiative_id: number; action: string; from_value: string }>('select initiative_id, action, from_value from decision where id > $1 order by initiative_id', [lastDecision]);
  const cleared = oldPins.filter(pin => now.get(pin.id)!.pinned_rank === null);
  for (const pin of oldPins.filter(p => !cleared.includes(p))) expect(now.get(pin.id)).toEqual(pin);
  for (const pin of cleared) expect(now.get(pin.id)!.pin_reason).toBeNull();
  expect(added).toEqual(cleared.map(pin => ({ initiative_id: pin.id, action: 'UNPIN', from_value: String(pin.pinned_rank) })).sort((a, b) => a.initiative_id - b.initiative_id));
  // The fixture pins six, two of them at rank 3: at least the second of that rank went.
  expect(cleared.map(p => p.id)).toContain(6);
  // No pin was invented either: an initiative not pinned before is not pinned now.
  const pinnedBefore = new Set(oldPins.map(p => p.id));
  expect([...now.values()].filter(i => i.pinned_rank !== null && !pinnedBefore.has(i.id))).toEqual([]);
}

/** A moved value is still there: the old actor_name of every audit entry and decision is now its actor_name or its actor_email. */
async function expectMovedNotLost(database: TestDatabase, oldActors: { table: string; id: string; actor_name: string; actor_type: string; actor_id: number }[]) {
  const now = await database.sql<{ table: string; id: string; row: Record<string, unknown> }>(
    `select 'audit_entry' as table, id::text, to_jsonb(x) as row from audit_entry x union all select 'decision', id::text, to_jsonb(y) from decision y`,
  );
  const byKey = new Map(now.map(r => [`${r.table}:${r.id}`, r.row]));
  const people = new Map((await database.sql<{ id: number; name: string }>('select id, name from person')).map(p => [p.id, p.name]));
  const lost = oldActors.filter(old => {
    const row = byKey.get(`${old.table}:${old.id}`);
    return !row || (row.actor_name !== old.actor_name && row.actor_email !== old.actor_name);
  });
  expect(lost).toEqual([]);
  // A person's entries now name the person (when the release has the column for the email).
  const renamed = oldActors.filter(old => old.actor_type === 'PERSON').map(old => byKey.get(`${old.table}:${old.id}`)!);
  if (renamed.some(row => 'actor_email' in row)) {
    for (const row of renamed) expect(row.actor_name).toBe(people.get(row.actor_id as number));
  }
}

/** Through the API at head: every list counts the rows the tables hold, and the pages read without an error. */
async function expectTheApiReadsThem(db: Database, database: TestDatabase) {
  const jwtSecret = 'u'.repeat(40);
  const server = await createServer({ config: loadConfig({ NODE_ENV: 'test', REGIE_JWT_SECRET: jwtSecret }), db, logger: createLogger('silent'), jwtSecret });
  const url = await server.listen(0, '127.0.0.1');
  try {
    const token = await signIn(url, PASSWORD, 'person1@upgrade.regie');
    const answer = await gql(
      url,
      `{
        allDepartments(perPage: 1000) { id code lead { id } } _allDepartmentsMeta { count }
        allPeople(perPage: 1000) { id role active } _allPeopleMeta { count }
        allInitiatives(perPage: 1000) { id status pillar pinnedRank priorityScore impacts { level } contributingDepartments { id } decisions { action actorType actorName } } _allInitiativesMeta { count }
        allDecisions(perPage: 1000) { id action actorType actorName } _allDecisionsMeta { count }
        allAuditEntries(perPage: 1000) { id actorType actorName action } _allAuditEntriesMeta { count }
        allJourneyStages(perPage: 1000) { id position channels { id } } _allJourneyStagesMeta { count }
        allKpiMeasurements(perPage: 1000) { id period periodStart periodEnd } _allKpiMeasurementsMeta { count }
        allApiTokens(perPage: 1000) { id scopes } _allApiTokensMeta { count }
        _allSurveyResponsesMeta { count }
        roadmap(limit: 1000) { rank pinned initiative { id } }
      }`,
      {},
      token,
    );
    expect(answer.errors).toBeUndefined();
    const counts = await database.sql<Record<string, number>>(
      `select (select count(*) from department)::int as departments, (select count(*) from person)::int as people,
              (select count(*) from initiative)::int as initiatives, (select count(*) from decision)::int as decisions,
              (select count(*) from audit_entry where at < now() - interval '1 minute')::int as old_audit,
              (select count(*) from journey_stage)::int as stages, (select count(*) from kpi_measurement)::int as measurements,
              (select count(*) from api_token)::int as tokens, (select count(*) from survey_response)::int as responses`,
    );
    const d = answer.data;
    const { old_audit: oldAudit, ...tables } = counts[0];
    expect({
      departments: d._allDepartmentsMeta.count,
      people: d._allPeopleMeta.count,
      initiatives: d._allInitiativesMeta.count,
      decisions: d._allDecisionsMeta.count,
      stages: d._allJourneyStagesMeta.count,
      measurements: d._allKpiMeasurementsMeta.count,
      tokens: d._allApiTokensMeta.count,
      responses: d._allSurveyResponsesMeta.count,
    }).toEqual(tables);
    // The sign-in above wrote audit entries of its own; the old ones are all listed.
    expect(d._allAuditEntriesMeta.count).toBeGreaterThanOrEqual(oldAudit);
    expect(d.allKpiMeasurements.every((m: { periodStart: string; periodEnd: string }) => m.periodStart <= m.periodEnd)).toBe(true);
  } finally {
    await server.stop();
  }
}

/**
 * Rows as the old release's API made them, in its tables and columns only (those of the survey
 * release only when its tables exist): six departments with leads, people of every role, tokens,
 * channels, segments, journeys with stages, 120 initiatives of every status and pillar with
 * impacts, contributors and decisions (two pinned at one rank), capacities, KPIs measured per
 * month and per quarter, the audit trail of all of it, and survey responses with their counts.
 */
async function fillAsTheOldReleaseDid(database: TestDatabase, passwordHash: string) {
  const statements = [
    `insert into department (name, code, description) select 'Department ' || i, (array['MKT','SAL','CS','OPS','DIG','BIL'])[i], case when i % 2 = 0 then 'Described ' || i end from generate_series(1, 6) i`,
    `insert into person (name, email, role, department_id, active, password_hash)
       select 'Person ' || i, 'person' || i || '@upgrade.regie', case when i = 1 then 'REGIE' when i % 3 = 0 then 'DEPARTMENT_LEAD' when i % 3 = 1 then 'VIEWER' else 'REGIE' end,
              case when i % 3 = 0 then 1 + i % 6 end, i % 7 <> 0, case when i < 4 then $1 end
       from generate_series(1, 20) i`,
    `update department d set lead_id = (select min(p.id) from person p where p.department_id = d.id and p.role = 'DEPARTMENT_LEAD')`,
    `insert into api_token (name, scopes, department_id, created_by_id, prefix, secret_hash, expires_at, revoked_at, last_used_at)
       values ('Survey feed', '{responses:write}', null, 1, 'rgt_aaaa', 'hash-a', null, null, now() - interval '1 day'),
              ('Planning tool', '{read,initiatives:write}', 2, 1, 'rgt_bbbb', 'hash-b', now() + interval '30 days', null, null),
              ('Old script', '{initiatives:write}', null, 1, 'rgt_cccc', 'hash-c', null, now() - interval '3 days', null)`,
    `insert into channel (name, description) select 'Channel ' || i, case when i = 1 then 'Phone' end from generate_series(1, 4) i`,
    `insert into segment (name, share) select 'Segment ' || i, case when i < 3 then 0.3 end from generate_series(1, 3) i`,
    `insert into journey (name, description, owner_id, target_nps, target_date) select 'Journey ' || i, 'About ' || i, i, 20 + i, date '2027-06-30' from generate_series(1, 4) i`,
    `insert into journey_segment (journey_id, segment_id) select j.id, s.id from journey j join segment s on (j.id + s.id) % 2 = 0`,
    `insert into journey_stage (journey_id, name, description, position, importance, reach, target_nps)
       select j.id, 'Stage ' || j.id || '.' || p, null, p, 1 + (p % 5), 0.2 * p, case when p % 2 = 0 then 30 end from journey j, generate_series(1, 5) p`,
    `insert into journey_stage_channel (journey_stage_id, channel_id) select s.id, c.id from journey_stage s join channel c on (s.id + c.id) % 3 = 0`,
    `insert into initiative (title, description, department_id, owner_id, pillar, status, effort, confidence, commercial_value, target_quarter, pinned_rank, pin_reason, completed_at, version)
       select 'Initiative ' || i, case when i % 4 = 0 then 'Why ' || i end, 1 + i % 6, case when i % 5 <> 0 then 1 + i % 20 end,
              (array['JOURNEY_INSIGHT','OMNICHANNEL','VISION_AND_WAYS_OF_WORKING','GOVERNANCE_AND_KPIS'])[1 + i % 4],
              (array['PROPOSED','UNDER_REVIEW','APPROVED','IN_PROGRESS','DONE','REJECTED','PARKED'])[1 + i % 7],
              0.5 + (i % 13), round((0.1 + (i % 9) / 10.0)::numeric, 2), 1 + i % 5, case when i % 3 = 0 then '2027-Q' || (1 + i % 4) end,
              case when i <= 5 then i when i = 6 then 3 end, case when i <= 6 then 'Board asked' end,
              case when i % 7 = 4 then timestamptz '2026-10-01' + i * interval '1 day' end, 1 + i % 4
       from generate_series(1, 120) i`,
    `insert into initiative_contributor (initiative_id, department_id) select i.id, d.id from initiative i join department d on d.id <> i.department_id and (i.id + d.id) % 4 = 0`,
    `insert into stage_impact (initiative_id, stage_id, level, rationale)
       select i.id, s.id, (array['MINIMAL','LOW','MEDIUM','HIGH','MASSIVE'])[1 + (i.id + s.id) % 5], case when s.id % 2 = 0 then 'Because' end
       from initiative i join journey_stage s on (i.id * 7 + s.id) % 6 = 0`,
    `insert into decision (initiative_id, action, from_value, to_value, reason, actor_type, actor_id, actor_name, at)
       select 1 + k % 120, (array['SUBMIT','WITHDRAW','APPROVE','REJECT','PARK','START','COMPLETE','PIN_RANK','UNPIN','COMMENT'])[1 + k % 10],
              case when k % 10 in (0, 2) then 'PROPOSED' end, case when k % 10 = 7 then '3' when k % 10 = 2 then 'APPROVED' end,
              case when k % 3 = 0 then 'Reason ' || k end, case when k % 5 = 0 then 'API_TOKEN' else 'PERSON' end,
              case when k % 5 = 0 then 2 else 1 + k % 20 end, case when k % 5 = 0 then 'Planning tool' else 'person' || (1 + k % 20) || '@upgrade.regie' end,
              timestamptz '2026-11-01' + k * interval '1 hour'
       from generate_series(1, 300) k`,
    `insert into department_capacity (department_id, quarter, person_weeks) select d.id, '2027-Q' || q, 10 * d.id + q from department d, generate_series(1, 4) q`,
    `insert into kpi (name, description, unit, direction, target, department_id) select 'KPI ' || i, null, case when i % 2 = 0 then '%' else 'min' end,
       case when i % 2 = 0 then 'HIGHER_IS_BETTER' else 'LOWER_IS_BETTER' end, case when i % 3 <> 0 then 50 + i end, 1 + i % 6 from generate_series(1, 8) i`,
    `insert into kpi_stage (kpi_id, journey_stage_id) select k.id, s.id from kpi k join journey_stage s on (k.id + s.id) % 5 = 0`,
    `insert into kpi_measurement (kpi_id, period, value, note)
       select k.id, p.period, 40 + k.id + p.n, case when p.n % 4 = 0 then 'Note' end from kpi k,
         (select '2026-' || lpad(m::text, 2, '0') as period, m as n from generate_series(1, 12) m union all select '2025-Q' || q, 12 + q from generate_series(1, 4) q) p`,
    `insert into audit_entry (at, actor_type, actor_id, actor_name, operation, entity, entity_id, action, changes)
       select timestamptz '2026-11-01' + k * interval '10 minutes', (array['PERSON','API_TOKEN','ANONYMOUS'])[1 + k % 3], case when k % 3 = 1 then 2 when k % 3 = 2 then 0 else 1 + k % 20 end,
              case when k % 3 = 0 then 'person' || (1 + k % 20) || '@upgrade.regie' when k % 3 = 1 then 'Planning tool' else 'guess' || k || '@example.com' end,
              (array['createInitiative','updateInitiative','signIn'])[1 + k % 3], (array['Initiative','Initiative','Person'])[1 + k % 3], (1 + k % 120)::text,
              (array['CREATE','UPDATE','DELETE'])[1 + k % 3], jsonb_build_array(jsonb_build_object('field', 'title', 'before', null, 'after', 'Initiative ' || k))
       from generate_series(1, 600) k`,
  ];
  for (const statement of statements) await database.sql(statement, statement.includes('$1') ? [passwordHash] : []);
  const [{ survey }] = await database.sql<{ survey: boolean }>(`select to_regclass('survey_response') is not null as survey`);
  if (!survey) return;
  await database.sql(
    `insert into survey_response (score, journey_id, stage_id, channel_id, segment_id, responded_at, comment, source, external_id, respondent_key)
     select k % 11, s.journey_id, case when k % 10 <> 0 then s.id end, case when k % 4 <> 0 then 1 + k % 4 end, case when k % 3 <> 0 then 1 + k % 3 end,
            timestamptz '2026-06-01 08:00+02' + (k % 180) * interval '1 day' + (k % 24) * interval '1 hour', case when k % 50 = 0 then 'Comment ' || k end,
            case when k % 2 = 0 then 'web' else 'ivr' end, 'x-' || k, case when k % 5 = 0 then 'r' || (k % 300) end
     from generate_series(1, 5000) k join journey_stage s on s.id = 1 + k % 20`,
  );
  for (const [table, period] of [
    ['survey_response_daily', 'day'],
    ['survey_response_monthly', 'month'],
  ]) {
    const bucket = period === 'day' ? `(responded_at at time zone 'Europe/Amsterdam')::date` : `date_trunc('month', responded_at at time zone 'Europe/Amsterdam')::date`;
    await database.sql(
      `insert into ${table} (journey_id, stage_id, channel_id, segment_id, ${period}, responses, promoters, passives, detractors)
       select journey_id, coalesce(stage_id, 0), coalesce(channel_id, 0), coalesce(segment_id, 0), ${bucket}, count(*),
              count(*) filter (where score >= 9), count(*) filter (where score between 7 and 8), count(*) filter (where score <= 6)
       from survey_response group by 1, 2, 3, 4, 5`,
    );
  }
}
