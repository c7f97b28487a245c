import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { zonedDate } from '../../src/common/time-zone.js';
import { withoutKeysAndIndexes } from '../../src/database/bulk-load.js';
import { openDatabase } from '../../src/database/orm.js';
import { writeResponses, type ResponseCell } from '../../src/database/seeders/demo-responses.js';
import { yearOfResponses } from '../measure.js';
import { sha256 } from '../../src/modules/auth/authenticate.js';
import { hashPassword } from '../../src/modules/auth/password.js';
import { refreshWindowCounts, windowCountsStale } from '../../src/modules/scoring/window-counts.js';
import { recountAggregates } from '../../src/modules/survey-response/ingest.js';

/** The size of the organisation of issue 10. */
export const SIZE = {
  departments: 50,
  people: 1_000,
  journeys: 40,
  stagesPerJourney: 10,
  channels: 8,
  initiatives: 10_000,
  /** Survey responses over the twelve months before today (issue 8: scores at this size). */
  responses: 1_000_000,
} as const;

/** The organisation's time zone: Regie's (REGIE_TIME_ZONE) and the floor's, and the seed's calendar. */
export const TIME_ZONE = 'Europe/Amsterdam';

/**
 * Open candidates pinned by the seed (all APPROVED, of departments other than the writer's), as
 * [initiative id, rank]: four inside the first 50 ranks, one beyond the last candidate (it comes
 * last, DESIGN §2), so that the roadmap's pin rules are part of what is measured.
 */
export const PINS: readonly (readonly [number, number])[] = [
  [9, 2],
  [23, 5],
  [107, 20],
  [303, 50],
  [506, 9_000],
];

/** The department the write token is bound to; all its initiatives stay editable by it. */
export const WRITER_DEPARTMENT_ID = 1;

export interface BenchDatabase {
  url: string;
  /** `rgt_<id>_<secret>` with scope `read`. */
  readToken: string;
  /** `rgt_<id>_<secret>` with scopes `read` and `initiatives:write`, bound to WRITER_DEPARTMENT_ID. */
  writeToken: string;
  /** The REGIE person who signs in (and who issued the tokens). */
  regie: { email: string; password: string };
  /** Initiatives the write token may edit (its department's, PROPOSED or UNDER_REVIEW). */
  editableInitiativeIds: number[];
  counts: Record<string, number>;
  /** The survey responses' seed: rows, ms to write them and to recount the aggregates, stage window counts built. */
  responses: { responses: number; insertMs: number; recountMs: number; refreshed: number };
  seedMs: number;
}

/** The server's maintenance database, to drop and create the bench database from. */
function maintenanceUrl(url: URL): string {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  return admin.toString();
}

async function onMaintenance(url: URL, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: maintenanceUrl(url) });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Drops and creates the database of `rawUrl`, then applies Regie's migrations with its own migrator. */
export async function recreateDatabase(rawUrl: string): Promise<void> {
  const url = new URL(rawUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  if (!/^[\w-]+$/.test(name)) throw new Error(`BENCH_DATABASE_URL must name a plain database, not "${name}"`);
  await onMaintenance(url, `drop database if exists "${name}" with (force)`);
  await onMaintenance(url, `create database "${name}"`);
  const db = await openDatabase({ databaseUrl: rawUrl, dataDir: 'memory://', statementTimeoutMs: 600_000 });
  try {
    await db.migrate();
  } finally {
    await db.close();
  }
}

export async function dropDatabase(rawUrl: string): Promise<void> {
  const url = new URL(rawUrl);
  await onMaintenance(url, `drop database if exists "${decodeURIComponent(url.pathname.slice(1))}" with (force)`);
}

/**
 * The organisation, set-based: each table is one INSERT … SELECT over generate_series, so the
 * whole seed is a few dozen statements whatever the size. Deterministic but for the token secrets
 * and the password salt.
 */
const SEED = `
insert into department (name, code, description)
  select 'Department ' || d, 'D' || lpad(d::text, 2, '0'), 'Department ' || d || ' of the bench organisation'
  from generate_series(1, $departments) d;

-- Person 1 is the regie team; 2..51 lead a department; every tenth person has a password.
insert into person (name, email, role, department_id, active, password_hash)
  select 'Person ' || p, 'person' || p || '@bench.regie',
         case when p = 1 then 'REGIE' when p <= $departments + 1 then 'DEPARTMENT_LEAD' else 'VIEWER' end,
         case when p = 1 then null when p <= $departments + 1 then p - 1 else (p % $departments) + 1 end,
         p % 97 <> 0,
         case when p % 10 = 1 then $passwordHash end
  from generate_series(1, $people) p;

update department set lead_id = id + 1;

insert into channel (name)
  select unnest(array['Web', 'App', 'Phone', 'Store', 'Email', 'Chat', 'Social', 'Field service']);

insert into segment (name, share) values ('Consumer', 0.7), ('SME', 0.2), ('Business', 0.1);

insert into journey (name, description, owner_id, target_nps, target_date)
  select 'Journey ' || j, 'Customer journey ' || j || ' of the bench organisation', 1 + (j * 7) % $people,
         case when j % 8 <> 0 then 10 + j % 40 end, date '2027-12-31'
  from generate_series(1, $journeys) j;

insert into journey_segment (journey_id, segment_id)
  select j, s from generate_series(1, $journeys) j cross join generate_series(1, 3) s where s = 1 or (j + s) % 3 = 0;

insert into journey_stage (journey_id, name, description, position, importance, reach, target_nps)
  select j, 'Stage ' || p || ' of journey ' || j, 'Moment ' || p, p, 1 + (j + p) % 5, round((0.2 + ((j * p) % 9) / 10.0)::numeric, 2),
         case when p % 3 = 0 then 20 + p end
  from generate_series(1, $journeys) j cross join generate_series(1, $stagesPerJourney) p;

-- Journeys 8, 16, … have no target NPS: their stages without one of their own have no target (G = 1, "no target").
-- Two or three channels per stage.
insert into journey_stage_channel (journey_stage_id, channel_id)
  select s.id, c from journey_stage s cross join generate_series(1, $channels) c
  where c in (1 + s.id % $channels, 1 + (s.id + 3) % $channels) or (s.id % 2 = 0 and c = 1 + (s.id + 5) % $channels);

insert into initiative (title, description, department_id, owner_id, pillar, status, effort, confidence, commercial_value, target_quarter, completed_at)
  select 'Initiative ' || i || ': ' || (array['shorter waiting times', 'clearer bills', 'one contact point', 'proactive outage messages', 'simpler moving form'])[1 + i % 5],
         'What initiative ' || i || ' changes for the customer, and why: ' || repeat('context ', 1 + i % 12),
         1 + i % $departments,
         case when i % 20 <> 0 then 1 + (i * 7) % $people end,
         (array['JOURNEY_INSIGHT', 'OMNICHANNEL', 'VISION_AND_WAYS_OF_WORKING', 'GOVERNANCE_AND_KPIS'])[1 + i % 4],
         case when 1 + i % $departments = $writerDepartment then (array['PROPOSED', 'UNDER_REVIEW'])[1 + (i / $departments) % 2]
              else (array['PROPOSED', 'UNDER_REVIEW', 'APPROVED', 'IN_PROGRESS', 'DONE', 'REJECTED', 'PARKED'])[1 + i % 7] end,
         1 + i % 13, round((0.3 + (i % 7) / 10.0)::numeric, 2), 1 + i % 5,
         '2027-Q' || (1 + i % 4),
         case when 1 + i % $departments <> $writerDepartment and i % 7 = 4 then now() - (i % 300) * interval '1 day' end
  from generate_series(1, $initiatives) i;

-- Two, three or four impacts per initiative (three on average), on distinct stages.
insert into stage_impact (initiative_id, stage_id, level, rationale)
  select i.id, 1 + (i.id * 13 + k * 37) % ($journeys * $stagesPerJourney),
         (array['MINIMAL', 'LOW', 'MEDIUM', 'HIGH', 'MASSIVE'])[1 + (i.id + k) % 5], 'Impact ' || k || ' of initiative ' || i.id
  from initiative i cross join generate_series(1, 4) k
  where k <= 2 + i.id % 3;

-- None, one or two contributing departments, never the owning one.
insert into initiative_contributor (initiative_id, department_id)
  select i.id, 1 + (i.id + k * 7) % $departments
  from initiative i cross join generate_series(1, 2) k
  where k <= i.id % 3;

-- One to four decisions per initiative (two and a half on average), by the regie team.
insert into decision (initiative_id, action, from_value, to_value, reason, actor_type, actor_id, actor_name, at)
  select i.id, (array['SUBMIT', 'COMMENT', 'APPROVE', 'START'])[k],
         (array['PROPOSED', null, 'UNDER_REVIEW', 'APPROVED'])[k], (array['UNDER_REVIEW', null, 'APPROVED', 'IN_PROGRESS'])[k],
         'Decision ' || k || ' on initiative ' || i.id, 'PERSON', 1, 'person1@bench.regie',
         timestamptz '2026-01-01 09:00:00+00' + (i.id % 200) * interval '1 day' + k * interval '3 days'
  from initiative i cross join generate_series(1, 4) k
  where k <= 1 + i.id % 4;

update initiative i set pinned_rank = p.rank, pin_reason = 'Pinned by the bench seed'
  from (values $pins) as p(id, rank) where i.id = p.id;
`;

function seedSql(passwordHash: string): string {
  const values: Record<string, string> = {
    departments: String(SIZE.departments),
    people: String(SIZE.people),
    journeys: String(SIZE.journeys),
    stagesPerJourney: String(SIZE.stagesPerJourney),
    channels: String(SIZE.channels),
    initiatives: String(SIZE.initiatives),
    writerDepartment: String(WRITER_DEPARTMENT_ID),
    passwordHash: `'${passwordHash.replace(/'/g, "''")}'`,
    pins: PINS.map(([id, rank]) => `(${id}, ${rank})`).join(', '),
  };
  return SEED.replace(/\$(\w+)/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`seed: no value for $${name}`);
    return value;
  });
}

/** An API token stored the way ApiTokenService.issue stores it: only the SHA-256 of its secret. */
async function issueToken(client: pg.Client, name: string, scopes: string[], departmentId: number | null): Promise<string> {
  const random = randomBytes(32).toString('base64url');
  const { rows } = await client.query<{ id: number }>(
    `insert into api_token (name, scopes, department_id, created_by_id, prefix, secret_hash) values ($1, $2, $3, 1, 'pending', $4) returning id`,
    [name, scopes, departmentId, sha256(random)],
  );
  const id = rows[0].id;
  await client.query('update api_token set prefix = $1 where id = $2', [`rgt_${id}_${random.slice(0, 4)}`, id]);
  return `rgt_${id}_${random}`;
}

/** NPS level of response cells by segment: added to the stage's level (DESIGN §6 has consumers above business customers). */
const SEGMENT_OFFSETS: Record<string, number> = { Consumer: 2, SME: -8, Business: -4 };

/**
 * SIZE.responses survey responses over the twelve months before today, set-based as the NPS
 * benchmark and the demo seed write them (writeResponses: one INSERT … SELECT over
 * generate_series, keys and indexes set aside), then the daily, monthly and scoring window counts
 * recounted from them. Per journey the same share; 4 % rate the journey as a whole, the rest its
 * stages, in volumes weighted 1–5 by stage, but one stage in 23 gets only 100 in the year (some 25
 * in a 90-day window: fewer than the model's 30, so G = 1 "fewer than 30 responses"). Each stage
 * has an NPS level of its own (−50 … 49, drifting up by 0–15 points over the year), so that
 * against targets of 10–49 some stages fall short beyond their margin, some within it and some
 * meet their target: gap factors vary.
 */
async function seedResponses(url: string, today: string): Promise<{ responses: number; insertMs: number; recountMs: number; refreshed: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let stages: { id: number; journey_id: number; position: number; channel_ids: number[] }[];
  let journeys: { id: number; segments: { id: number; share: number; name: string }[] }[];
  try {
    stages = (
      await client.query(
        `select s.id, s.journey_id, s.position, array(select c.channel_id from journey_stage_channel c where c.journey_stage_id = s.id order by c.channel_id) as channel_ids
         from journey_stage s order by s.journey_id, s.position`,
      )
    ).rows;
    journeys = (
      await client.query(
        `select j.id, coalesce(json_agg(json_build_object('id', g.id, 'share', g.share, 'name', g.name) order by g.id) filter (where g.id is not null), '[]') as segments
         from journey j left join journey_segment js on js.journey_id = j.id left join segment g on g.id = js.segment_id group by j.id order by j.id`,
      )
    ).rows;
  } finally {
    await client.end();
  }
  const perJourney = SIZE.responses / journeys.length;
  const cells: ResponseCell[] = [];
  journeys.forEach((journey, j) => {
    const segments = journey.segments.map(g => ({ id: g.id, share: Number(g.share), offset: SEGMENT_OFFSETS[g.name] ?? 0 }));
    const journeyLevel = Math.round(perJourney * 0.04);
    cells.push({ journeyId: journey.id, stageId: null, channelIds: [], segments, responses: journeyLevel, level: { nps: (j % 9) * 5 - 20 } });
    const own = stages.filter(s => s.journey_id === journey.id);
    const sparse = (s: (typeof own)[number]) => (j * 10 + s.position) % 23 === 7;
    const weight = (s: (typeof own)[number]) => 1 + ((j * 3 + s.position * 7) % 5);
    const sparseTotal = own.filter(sparse).length * 100;
    const weights = own.filter(s => !sparse(s)).reduce((sum, s) => sum + weight(s), 0);
    let left = perJourney - journeyLevel - sparseTotal;
    const last = own.filter(s => !sparse(s)).at(-1);
    for (const stage of own) {
      const share = sparse(stage) ? 100 : stage === last ? left : Math.round(((perJourney - journeyLevel - sparseTotal) * weight(stage)) / weights);
      if (!sparse(stage)) left -= share;
      const nps = ((j * 17 + stage.position * 29) % 100) - 50;
      cells.push({ journeyId: journey.id, stageId: stage.id, channelIds: stage.channel_ids, segments, responses: share, level: { nps, trend: (j % 4) * 5 } });
    }
  });
  const plan = yearOfResponses(today, cells);
  const db = await openDatabase({ databaseUrl: url, dataDir: 'memory://', statementTimeoutMs: 600_000 });
  try {
    let insertMs = 0;
    let recountMs = 0;
    const responses = await db.fork().transactional(async em => {
      let mark = performance.now();
      const written = await withoutKeysAndIndexes(em, 'survey_response', () => writeResponses(em, plan, TIME_ZONE));
      insertMs = performance.now() - mark;
      mark = performance.now();
      await recountAggregates(em, TIME_ZONE);
      recountMs = performance.now() - mark;
      return written;
    });
    if (responses !== SIZE.responses) throw new Error(`seed: ${responses} survey responses written, not ${SIZE.responses}`);
    const refreshed = await refreshWindowCounts(db.fork(), today);
    return { responses, insertMs: Math.round(insertMs), recountMs: Math.round(recountMs), refreshed };
  } finally {
    await db.close();
  }
}

/**
 * The scoring window counts (stage_window_count) current for today's date in TIME_ZONE and the
 * active model's window, as the server keeps them (it checks at start and every minute): rebuilt
 * here with the server's own function when they are not, so that no measured request falls back
 * to the daily and monthly counts. Answers the date and how many stage rows were rebuilt.
 */
export async function freshWindowCounts(url: string): Promise<{ asOf: string; rebuilt: number }> {
  const db = await openDatabase({ databaseUrl: url, dataDir: 'memory://', statementTimeoutMs: 600_000 });
  try {
    const today = zonedDate(new Date(), TIME_ZONE);
    const rebuilt = (await windowCountsStale(db.fork(), today)) ? await refreshWindowCounts(db.fork(), today) : 0;
    return { asOf: today, rebuilt };
  } finally {
    await db.close();
  }
}

/** `responses: false` skips the 1,000,000 survey responses (the soak's mixed scenario never reads them). */
export async function seed(url: string, { responses: withResponses = true }: { responses?: boolean } = {}): Promise<BenchDatabase> {
  const started = performance.now();
  const password = `bench-${randomBytes(9).toString('base64url')}`;
  const passwordHash = await hashPassword(password);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let responses: Awaited<ReturnType<typeof seedResponses>> | undefined;
  try {
    await client.query('begin');
    await client.query(seedSql(passwordHash));
    const readToken = await issueToken(client, 'bench reader', ['read'], null);
    const writeToken = await issueToken(client, 'bench writer', ['read', 'initiatives:write'], WRITER_DEPARTMENT_ID);
    await client.query('commit');
    responses = withResponses ? await seedResponses(url, zonedDate(new Date(), TIME_ZONE)) : { responses: 0, insertMs: 0, recountMs: 0, refreshed: 0 };
    await client.query('vacuum analyze');
    const counts: Record<string, number> = {};
    for (const table of [
      'department',
      'person',
      'journey',
      'journey_stage',
      'journey_stage_channel',
      'initiative',
      'stage_impact',
      'initiative_contributor',
      'decision',
      'api_token',
      'survey_response',
      'survey_response_daily',
      'survey_response_monthly',
      'stage_window_count',
    ]) {
      const { rows } = await client.query<{ n: number }>(`select count(*)::int as n from "${table}"`);
      counts[table] = rows[0].n;
    }
    const { rows } = await client.query<{ id: number }>(
      `select id from initiative where department_id = $1 and status in ('PROPOSED', 'UNDER_REVIEW') order by id`,
      [WRITER_DEPARTMENT_ID],
    );
    return {
      url,
      readToken,
      writeToken,
      regie: { email: 'person1@bench.regie', password },
      editableInitiativeIds: rows.map(r => r.id),
      counts,
      responses: responses!,
      seedMs: Math.round(performance.now() - started),
    };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
