/**
 * NPS benchmarks (issue 7) on a real PostgreSQL server: a large organisation (40 journeys × 10
 * stages, 8 channels, 2 segments) with 1,000,000 survey responses over twelve months, then
 *
 *   1. npsSummary through GraphQL over HTTP (by stage, by stage of one journey, by month), beside
 *      its floor: the same counts by one hand-written statement with `pg`, over the raw responses
 *      and over the daily/monthly counts;
 *   2. recordSurveyResponses in sequential batches of 1,000, beside `pg` inserting the same rows;
 *   3. the CSV import (POST /import/survey-responses) of a 1,000,000-row file made on the fly,
 *      beside `pg` inserting the same rows (no COPY: pg-copy-streams is not a dependency).
 *
 * The database is BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/regie_bench_nps); it
 * is dropped and created here, and dropped at the end (kept with BENCH_KEEP=1, for a look at the
 * plans). BENCH_NPS_PARTS=summary,record,csv picks the parts (all by default), BENCH_CSV_ROWS the
 * size of the CSV file. One JSON line per figure, targets beside.
 * Run with `npm run bench` (after the general benchmarks) or alone: `node dist/bench/nps.js`.
 */
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { createServer } from '../src/app.js';
import { addDays, zonedDate } from '../src/common/time-zone.js';
import { loadConfig } from '../src/config.js';
import { withoutKeysAndIndexes } from '../src/database/bulk-load.js';
import { openDatabase, type Database } from '../src/database/orm.js';
import { writeResponses, type ResponseCell } from '../src/database/seeders/demo-responses.js';
import { createLogger } from '../src/logger.js';
import { SessionTokens } from '../src/modules/auth/session.js';
import { Channel } from '../src/modules/channel/channel.entity.js';
import { JourneyStage } from '../src/modules/journey/journey-stage.entity.js';
import { Journey } from '../src/modules/journey/journey.entity.js';
import { Person } from '../src/modules/person/person.entity.js';
import { Segment } from '../src/modules/segment/segment.entity.js';
import { countsRelation } from '../src/modules/nps/response-counts.js';
import { recountAggregates, type ResponseRow } from '../src/modules/survey-response/ingest.js';
import { dropDatabase, recreateDatabase } from './compare/database.js';
import { report, round, timed, yearOfResponses } from './measure.js';

const SIZE = { journeys: 40, stages: 10, channels: 8, channelsPerStage: 3, responses: 1_000_000 };
const RUNS = { summary: 50, rawFloor: 5, warmup: 5 };
const RECORD = { batches: 50, batchSize: 1_000 };
const CSV_ROWS = Number(process.env.BENCH_CSV_ROWS ?? 1_000_000);
/** Rows per statement of the insert floors. */
const FLOOR_BATCH = 10_000;
/** The import's floor writes the first this many of the same rows: a rate needs no million rows, and the bench stays within minutes. */
const CSV_FLOOR_ROWS = Math.min(CSV_ROWS, 250_000);
const TIME_ZONE = 'Europe/Amsterdam';
const database = 'postgresql';

interface Organisation {
  personId: number;
  journeyIds: number[];
  /** Every stage, with its journey and its channels. */
  stages: { id: number; journeyId: number; channelIds: number[] }[];
  segmentIds: number[];
}

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

/** 40 journeys × 10 stages over 8 channels, 2 segments, one regie person: some 1,700 rows by the ORM in one flush (batched inserts). */
async function seedOrganisation(db: Database): Promise<Organisation> {
  const em = db.fork();
  const person = em.create(Person, { name: 'Bench Regie', email: 'regie@bench.regie', role: 'REGIE', active: true } as never);
  const channels = Array.from({ length: SIZE.channels }, (_, i) => em.create(Channel, { name: `Channel ${i + 1}` } as never));
  const segments = [em.create(Segment, { name: 'Consumer', share: 0.8 } as never), em.create(Segment, { name: 'SME', share: 0.2 } as never)];
  const journeys: Journey[] = [];
  const stages: JourneyStage[] = [];
  for (let j = 0; j < SIZE.journeys; j++) {
    const journey = em.create(Journey, { name: `Journey ${String(j + 1).padStart(2, '0')}`, owner: person, segments, targetNps: 10 + (j % 5) * 5, targetDate: '2027-12-31' } as never);
    journeys.push(journey);
    for (let s = 0; s < SIZE.stages; s++) {
      stages.push(
        em.create(JourneyStage, {
          journey,
          name: `Stage ${s + 1}`,
          position: s + 1,
          importance: 1 + ((j + s) % 5),
          reach: 0.1 + 0.9 * (((j * 7 + s * 3) % 10) / 9),
          targetNps: s % 3 === 0 ? 20 + (s % 4) * 5 : null,
          channels: Array.from({ length: SIZE.channelsPerStage }, (_, c) => channels[(j + s + c) % SIZE.channels]),
        } as never),
      );
    }
  }
  await em.flush();
  return {
    personId: person.id,
    journeyIds: journeys.map(j => j.id),
    stages: stages.map(s => ({ id: s.id, journeyId: s.journey.id, channelIds: s.channels.getItems().map(c => c.id) })),
    segmentIds: segments.map(s => s.id),
  };
}

/** 1,000,000 responses over the twelve months before today: one INSERT … SELECT, then the counts recounted. */
async function seedResponses(db: Database, org: Organisation, today: string): Promise<void> {
  const segments = [
    { id: org.segmentIds[0], share: 0.8, offset: 2 },
    { id: org.segmentIds[1], share: 0.2, offset: -8 },
  ];
  const perJourney = SIZE.responses / SIZE.journeys;
  const cells: ResponseCell[] = [];
  org.journeyIds.forEach((journeyId, j) => {
    const journeyLevel = Math.round(perJourney * 0.04);
    cells.push({ journeyId, stageId: null, channelIds: [], segments, responses: journeyLevel, level: { nps: (j % 9) * 5 - 20 } });
    const own = org.stages.filter(s => s.journeyId === journeyId);
    let left = perJourney - journeyLevel;
    own.forEach((stage, s) => {
      const responses = s === own.length - 1 ? left : Math.round((perJourney - journeyLevel) / own.length);
      left -= responses;
      const nps = ((j * 17 + s * 29) % 100) - 50;
      cells.push({ journeyId, stageId: stage.id, channelIds: stage.channelIds, segments, responses, level: { nps: Math.max(-60, Math.min(60, nps)), trend: (j % 4) * 5 } });
    });
  });
  const plan = yearOfResponses(today, cells);
  await db.fork().transactional(async em => {
    let mark = performance.now();
    let insertMs = 0;
    const written = await withoutKeysAndIndexes(em, 'survey_response', async () => {
      const rows = await writeResponses(em, plan, TIME_ZONE);
      insertMs = performance.now() - mark;
      return rows;
    });
    const keysMs = performance.now() - mark - insertMs;
    mark = performance.now();
    await recountAggregates(em, TIME_ZONE);
    report('nps-seed-responses', { database, responses: written, insert_ms: round(insertMs), keys_and_indexes_ms: round(keysMs), recount_ms: round(performance.now() - mark) });
  });
}

/**
 * The floor of each summary: the counts it returns, by one statement. Over the raw responses
 * (the day of each in the organisation's time zone) or over the kept counts: whole months from
 * the monthly table, the days at either edge from the daily one (as response-counts.ts reads them).
 */
function floor(source: 'raw' | 'counts', groupBy: 'STAGE' | 'MONTH', range: { from: string; to: string }, journeyId?: number): { sql: string; params: unknown[] } {
  if (source === 'counts') return countsFloor(groupBy, range, journeyId);
  const params: unknown[] = [range.from, range.to];
  const param = (value: unknown) => `$${params.push(value)}`;
  const journey = journeyId === undefined ? '' : `and journey_id = ${param(journeyId)}`;
  const zone = param(TIME_ZONE);
  const counts = `select stage_id, (responded_at at time zone ${zone}::text)::date as day, score from survey_response
    where responded_at >= ($1::date::timestamp at time zone ${zone}::text) and responded_at < (($2::date + 1)::timestamp at time zone ${zone}::text) ${journey}`;
  const sums = `count(c.score)::int as responses, count(*) filter (where c.score >= 9)::int as promoters,
    count(*) filter (where c.score between 7 and 8)::int as passives, count(*) filter (where c.score <= 6)::int as detractors`;
  if (groupBy === 'MONTH') return { sql: `select to_char(c.day, 'YYYY-MM') as month, ${sums} from (${counts}) c group by 1 order by 1`, params };
  const where = journeyId === undefined ? '' : `where s.journey_id = ${param(journeyId)}`;
  return {
    sql: `select s.id, s.name, ${sums} from journey_stage s join journey j on j.id = s.journey_id left join (${counts}) c on c.stage_id = s.id
      ${where} group by s.id, j.id order by j.name, j.id, s.position`,
    params,
  };
}

/**
 * The floor over the kept counts: the same daily and monthly rows the server reads (its
 * countsRelation: whole months, the edges by day), summed per stage or month by one hand-written
 * statement, without GraphQL, targets or margins.
 */
function countsFloor(groupBy: 'STAGE' | 'MONTH', range: { from: string; to: string }, journeyId?: number): { sql: string; params: unknown[] } {
  const relation = countsRelation(range, { journeyId, staged: groupBy === 'STAGE' });
  let n = 0;
  const counts = relation.sql.replace(/\?/g, () => `$${++n}`);
  const params = [...relation.params];
  const sums = (c: string) =>
    `coalesce(sum(${c}.responses), 0)::int as responses, coalesce(sum(${c}.promoters), 0)::int as promoters, coalesce(sum(${c}.passives), 0)::int as passives, coalesce(sum(${c}.detractors), 0)::int as detractors`;
  if (groupBy === 'MONTH') return { sql: `select to_char(k.day, 'YYYY-MM') as month, ${sums('k')} from (${counts}) k group by 1 order by 1`, params };
  const where = journeyId === undefined ? '' : `where s.journey_id = $${params.push(journeyId)}`;
  return {
    sql: `select s.id, s.name, c.responses, c.promoters, c.passives, c.detractors from journey_stage s join journey j on j.id = s.journey_id
      left join (select k.stage_id, ${sums('k')} from (${counts}) k group by k.stage_id) c on c.stage_id = s.id
      ${where} order by j.name, j.id, s.position`,
    params,
  };
}

const SUMMARY_FIELDS = 'key label responses promoters passives detractors nps marginOfError intervalLow intervalHigh insufficient target gap';

export async function runNpsBenchmarks(): Promise<void> {
  const url = new URL(process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/regie_bench_nps');
  const name = decodeURIComponent(url.pathname.slice(1));
  try {
    await recreateDatabase(url.toString());
  } catch (error) {
    report('nps', { database, skipped: `no PostgreSQL at ${url.host} (${(error as Error).message}); set BENCH_DATABASE_URL` });
    return;
  }
  const started = performance.now();
  const config = loadConfig({ NODE_ENV: 'test', REGIE_JWT_SECRET: randomBytes(32).toString('hex'), REGIE_TIME_ZONE: TIME_ZONE });
  // Seeding runs long statements; the server below gets the configured statement timeout, as in production.
  const seedDb = await openDatabase({ databaseUrl: url.toString(), dataDir: 'memory://', statementTimeoutMs: 600_000 });
  const client = new pg.Client({ connectionString: url.toString() });
  let db: Database | undefined;
  try {
    const today = zonedDate(new Date(), TIME_ZONE);
    let step = performance.now();
    const org = await seedOrganisation(seedDb);
    report('nps-seed-organisation', { database, journeys: SIZE.journeys, stages: org.stages.length, channels: SIZE.channels, segments: 2, ms: round(performance.now() - step) });
    await seedResponses(seedDb, org, today);
    await seedDb.close();
    await client.connect();
    step = performance.now();
    await client.query('vacuum analyze survey_response, survey_response_daily, survey_response_monthly');
    report('nps-seed-vacuum-analyze', { database, ms: round(performance.now() - step) });

    db = await openDatabase({ databaseUrl: url.toString(), dataDir: 'memory://', statementTimeoutMs: config.statementTimeoutMs });
    const server = await createServer({ config, db, logger: createLogger('error'), jwtSecret: config.jwtSecret! });
    const base = await server.listen(0, '127.0.0.1');
    const token = await new SessionTokens(config.jwtSecret!, config.sessionMinutes).sign(org.personId);
    const gql = async (query: string, variables?: Record<string, unknown>) => {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };

    const parts = new Set((process.env.BENCH_NPS_PARTS ?? 'summary,record,csv').split(','));
    try {
      if (parts.has('summary')) await summaries(gql, client, org, today);
      if (parts.has('record')) await recording(gql, client, org);
      if (parts.has('csv')) await csvImport(base, token, client, org);
    } finally {
      await server.stop();
    }
    report('nps-total', { database, ms: round(performance.now() - started), target_ms: 300_000 });
  } finally {
    await client.end().catch(() => undefined);
    await db?.close();
    await seedDb.close().catch(() => undefined);
    if (process.env.BENCH_KEEP) console.error(`bench: kept the database ${name} (BENCH_KEEP)`);
    else await dropDatabase(url.toString());
  }
}

type Gql = (query: string, variables?: Record<string, unknown>) => Promise<any>;

/** 1. npsSummary over twelve months, through the API and by its floors. */
async function summaries(gql: Gql, client: pg.Client, org: Organisation, today: string): Promise<void> {
  const from = addDays(today, -365);
  const to = today;
  const journeyId = org.journeyIds[7];
  const cases = [
    { name: 'npsSummary-stage-12-months', groupBy: 'STAGE' as const, journey: false, expectRows: org.stages.length },
    { name: 'npsSummary-stage-one-journey-12-months', groupBy: 'STAGE' as const, journey: true, expectRows: SIZE.stages },
    { name: 'npsSummary-month-12-months', groupBy: 'MONTH' as const, journey: false, expectRows: 13 },
  ];
  for (const c of cases) {
    const query = `{ npsSummary(groupBy: ${c.groupBy}, from: "${from}", to: "${to}"${c.journey ? `, journeyId: "${journeyId}"` : ''}) { ${SUMMARY_FIELDS} } }`;
    const rows = (await gql(query)).npsSummary as { responses: number }[];
    const api = await timed(RUNS.summary, () => gql(query), RUNS.warmup);
    const range = { from, to };
    const countsFloor = floor('counts', c.groupBy, range, c.journey ? journeyId : undefined);
    const rawFloor = floor('raw', c.groupBy, range, c.journey ? journeyId : undefined);
    const [countsRows, rawRows] = [(await client.query(countsFloor.sql, countsFloor.params)).rows, (await client.query(rawFloor.sql, rawFloor.params)).rows];
    const total = (list: { responses: number }[]) => list.reduce((sum, r) => sum + r.responses, 0);
    // The three answers must agree, or the comparison means nothing (the floors leave out months without responses).
    const agree = rows.length === c.expectRows && (c.groupBy === 'MONTH' || rows.length === countsRows.length) && total(rows) === total(countsRows) && total(countsRows) === total(rawRows);
    const counts = await timed(RUNS.summary, () => client.query(countsFloor.sql, countsFloor.params), RUNS.warmup);
    const raw = await timed(RUNS.rawFloor, () => client.query(rawFloor.sql, rawFloor.params), 1);
    report(c.name, {
      database,
      rows: rows.length,
      responses: total(rows),
      answers_agree: agree,
      ...api,
      target_p50_ms: 20,
      floor_counts_p50_ms: counts.p50_ms,
      floor_counts_p95_ms: counts.p95_ms,
      floor_raw_p50_ms: raw.p50_ms,
      floor_raw_runs: raw.runs,
      ratio_to_counts_floor: round(api.p50_ms / counts.p50_ms),
      ratio_to_raw_floor: round(api.p50_ms / raw.p50_ms),
    });
  }
}

/** A made-up response: always with a segment, never with a comment. */
type Row = Omit<ResponseRow, 'comment' | 'respondentKey' | 'segmentId'> & { segmentId: number };

/**
 * A response made up from its number: a stage (or, 1 in 25, the journey as a whole) of some
 * journey, at the moment given. Callers hand out moments in time order, as a survey tool sends
 * them live and exports them: index inserts on the response time then land at the end.
 */
function madeUpRow(org: Organisation, source: string, i: number, at: number): Row {
  const stage = org.stages[(i * 7919) % org.stages.length];
  const whole = i % 25 === 0;
  return {
    source,
    externalId: `${source}-${i}`,
    score: (i * 31 + (i >> 3)) % 11,
    journeyId: stage.journeyId,
    stageId: whole ? null : stage.id,
    channelId: whole ? null : stage.channelIds[i % stage.channelIds.length],
    segmentId: org.segmentIds[i % 5 === 0 ? 1 : 0],
    respondedAt: new Date(at).toISOString(),
  };
}

const DAY_MS = 86_400_000;

/** The moment of response i of n, spread evenly over the `days` before `end`. */
const spread = (end: number, days: number, n: number) => (i: number) => end - days * DAY_MS + Math.floor((i * days * DAY_MS) / n);

/** Inserts rows with `pg`, FLOOR_BATCH (or `batch`) per multi-row statement (unnest of one array per column), in one transaction. */
async function insertFloor(client: pg.Client, rows: Iterable<Row>, batch = FLOOR_BATCH): Promise<number> {
  const sql = `insert into survey_response (source, external_id, score, journey_id, stage_id, channel_id, segment_id, responded_at)
    select * from unnest($1::text[], $2::text[], $3::smallint[], $4::int[], $5::int[], $6::int[], $7::int[], $8::timestamptz[])`;
  let columns: unknown[][] = Array.from({ length: 8 }, () => []);
  let written = 0;
  const flush = async () => {
    if (columns[0].length === 0) return;
    written += (await client.query(sql, columns)).rowCount ?? 0;
    columns = Array.from({ length: 8 }, () => []);
  };
  await client.query('begin');
  for (const r of rows) {
    [r.source, r.externalId, r.score, r.journeyId, r.stageId, r.channelId, r.segmentId, r.respondedAt].forEach((value, c) => columns[c].push(value));
    if (columns[0].length === batch) await flush();
  }
  await flush();
  await client.query('commit');
  return written;
}

/** 2. recordSurveyResponses, batches of 1,000 one after the other, and `pg` writing the same rows. */
async function recording(gql: Gql, client: pg.Client, org: Organisation): Promise<void> {
  const total = RECORD.batches * RECORD.batchSize;
  // Live traffic: the last week's responses.
  const at = spread(Date.now() - 60_000, 7, total);
  const mutation = 'mutation($r: [SurveyResponseInput!]!) { recordSurveyResponses(responses: $r) { received created duplicates } }';
  const batches = Array.from({ length: RECORD.batches }, (_, b) =>
    Array.from({ length: RECORD.batchSize }, (_, k) => {
      const i = b * RECORD.batchSize + k;
      const r = madeUpRow(org, 'bench-api', i, at(i));
      const id = (value: number | null) => (value === null ? null : String(value));
      return { ...r, journeyId: String(r.journeyId), stageId: id(r.stageId), channelId: id(r.channelId), segmentId: String(r.segmentId) };
    }),
  );
  let created = 0;
  const times: number[] = [];
  const started = performance.now();
  for (const batch of batches) {
    const t = performance.now();
    created += (await gql(mutation, { r: batch })).recordSurveyResponses.created;
    times.push(performance.now() - t);
  }
  const ms = performance.now() - started;
  times.sort((a, b) => a - b);

  const floorRows = function* () {
    for (let i = 0; i < total; i++) yield madeUpRow(org, 'bench-api-floor', i, at(i));
  };
  const floorStart = performance.now();
  const floorWritten = await insertFloor(client, floorRows(), RECORD.batchSize);
  const floorMs = performance.now() - floorStart;
  const perSecond = Math.round((created / ms) * 1000);
  const floorPerSecond = Math.round((floorWritten / floorMs) * 1000);
  report('recordSurveyResponses-batches-of-1000', {
    database,
    batches: RECORD.batches,
    responses: total,
    created,
    ms: round(ms),
    responses_per_s: perSecond,
    batch_p50_ms: round(times[Math.floor(times.length / 2)]),
    batch_p95_ms: round(times[Math.floor(times.length * 0.95)]),
    target_responses_per_s: 20_000,
    floor: 'pg multi-row insert (unnest), 1,000 a statement, no counts kept',
    floor_responses_per_s: floorPerSecond,
    ratio_floor_to_api: round(floorPerSecond / perSecond),
  });
}

const CSV_HEADER = 'source,externalId,score,journey,stage,channel,segment,respondedAt,comment\n';
const csvLine = (r: Row) => `${r.source},${r.externalId},${r.score},${r.journeyId},${r.stageId ?? ''},${r.channelId ?? ''},${r.segmentId},${r.respondedAt},\n`;

/** 3. The CSV import of 1,000,000 rows made as they stream, and `pg` writing the same rows. */
async function csvImport(base: string, token: string, client: pg.Client, org: Organisation): Promise<void> {
  const endpoint = `${base}/import/survey-responses`;
  const headers = { 'content-type': 'text/csv', authorization: `Bearer ${token}` };
  const probe = await fetch(endpoint, { method: 'POST', headers, body: CSV_HEADER });
  if (probe.status === 404) {
    report(`csv-import-${CSV_ROWS}-rows`, { database, skipped: 'POST /import/survey-responses answers 404: the route is not there yet' });
    return;
  }
  await probe.arrayBuffer();
  // A year's export, in time order.
  const at = spread(Date.now() - 60_000, 365, CSV_ROWS);
  const file = async function* () {
    yield CSV_HEADER;
    const chunk: string[] = [];
    for (let i = 0; i < CSV_ROWS; i++) {
      chunk.push(csvLine(madeUpRow(org, 'bench-csv', i, at(i))));
      if (chunk.length === 2_000) yield chunk.splice(0).join('');
    }
    if (chunk.length > 0) yield chunk.join('');
  };
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 100);
  const started = performance.now();
  let status = 0;
  let answer: Record<string, unknown> = {};
  try {
    const response = await fetch(endpoint, { method: 'POST', headers, body: Readable.toWeb(Readable.from(file())) as ReadableStream, duplex: 'half' } as RequestInit);
    status = response.status;
    const text = await response.text();
    try {
      answer = JSON.parse(text) as Record<string, unknown>;
    } catch {
      answer = { body: text.slice(0, 300) };
    }
  } finally {
    clearInterval(sampler);
  }
  const ms = performance.now() - started;
  const created = typeof answer.created === 'number' ? answer.created : 0;

  const floorRows = function* () {
    for (let i = 0; i < CSV_FLOOR_ROWS; i++) yield madeUpRow(org, 'bench-csv-floor', i, at(i));
  };
  const floorStart = performance.now();
  const floorWritten = await insertFloor(client, floorRows());
  const floorMs = performance.now() - floorStart;
  const perSecond = Math.round((created / ms) * 1000);
  const floorPerSecond = Math.round((floorWritten / floorMs) * 1000);
  report(`csv-import-${CSV_ROWS}-rows`, {
    database,
    status,
    received: (answer.received as number | undefined) ?? null,
    created,
    ...(status === 200 ? {} : { answer: JSON.stringify(answer).slice(0, 300) }),
    ms: round(ms),
    rows_per_s: perSecond,
    target_rows_per_s: 100_000,
    rss_before_mb: mb(rssBefore),
    rss_peak_mb: mb(rssPeak),
    rss_growth_mb: mb(rssPeak - rssBefore),
    rss_note: 'one process: the server and the client streaming the file',
    floor: `pg multi-row insert (unnest) of the first ${CSV_FLOOR_ROWS.toLocaleString('en')} rows, ${FLOOR_BATCH.toLocaleString('en')} a statement, one transaction, no counts kept`,
    floor_rows_per_s: floorPerSecond,
    ratio_floor_to_import: perSecond > 0 ? round(floorPerSecond / perSecond) : null,
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runNpsBenchmarks();
