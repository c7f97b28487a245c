/**
 * Regie beside its baselines (issue 10), on the real PostgreSQL server of BENCH_DATABASE_URL
 * (default postgres://postgres@127.0.0.1:5432/regie_bench; dropped, created, migrated with Regie's
 * migrator and seeded set-based here, dropped at the end unless BENCH_KEEP=1):
 *
 *   - Regie's production build (`node dist/src/main.js`), PostGraphile v5 (amber preset, same
 *     tables) and the floor (bare `http` + `pg`, one hand-written statement per scenario), each as
 *     its own process with a pool of 10 connections;
 *   - scenarios: 1. the nested initiatives page, 2. journeys with stages and channels, 3. one
 *     initiative's page with its decisions, 4. 90 % scenario 1 + 10 % updateInitiative (Regie and
 *     the floor); issue 8, journey impact scores over the 10,000 initiatives and 1,000,000 survey
 *     responses (twelve months, seeded set-based, counts recounted, stage window counts current
 *     before measuring): 5. roadmap(limit: 50) with each entry's score breakdown, 6.
 *     allInitiatives(perPage: 50) sorted by priorityScore DESC (Regie and the floor, whose one
 *     statement ranks the same; the answers are compared before measuring, scores to 1e-9; goal:
 *     ≥ 0.5× the floor's req/s, p99 ≤ 60 ms at 10 connections); every request carries a real API
 *     token;
 *   - per scenario and connection count (10, 50): a warm-up per server, then alternations, each
 *     running Regie, PostGraphile and the floor in turn (the order rotating), with autocannon;
 *   - SQL statements per request: counted in a pass of its own, by server processes whose
 *     PostgreSQL connection runs through a counting proxy (statement-counter.ts);
 *   - then a CPU profile of Regie under scenario 1 (or BENCH_PROFILE_SCENARIO; `--cpu-prof`), summarised.
 *
 * Prints a table and writes server/bench/results/<YYYY-MM-DD>.json. Needs `npm run build -w server`.
 * Knobs: BENCH_SECONDS (5), BENCH_ALTERNATIONS (3), BENCH_CONNECTIONS (10,50),
 * BENCH_WARMUP_SECONDS (3), BENCH_SCENARIOS (initiatives,journeys,initiative,mixed,roadmap,ranked),
 * BENCH_PROFILE (1; 0 skips the profile), BENCH_PROFILE_SECONDS (10), BENCH_PROFILE_SCENARIO
 * (initiatives; or journeys, initiative), BENCH_RESULTS_DIR.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { dropDatabase, freshWindowCounts, recreateDatabase, seed, SIZE, TIME_ZONE, type BenchDatabase } from './compare/database.js';
import { runLoad, type RunFigures } from './compare/load.js';
import { freePort, startServer, type ServerProcess } from './compare/processes.js';
import { printProfile, summariseProfile, type ProfileSummary } from './compare/profile.js';
import { median, printTable, ratios, summarise, type Cell } from './compare/report.js';
import {
  isScored,
  PER_PAGE,
  READS,
  readRequest,
  SCENARIOS,
  SCORED,
  SCORED_GOAL,
  TARGETS,
  updateRequest,
  type Sent,
  type ReadKey,
  type ScenarioKey,
  type Target,
} from './compare/scenarios.js';
import { StatementCounter, type SeenStatement } from './compare/statement-counter.js';
import { EditPool, workload } from './compare/workload.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const SERVER_ROOT = path.resolve(here, '../..');
const REGIE_MAIN = path.join(SERVER_ROOT, 'dist/src/main.js');
const SCRIPTS: Record<Exclude<Target, 'regie'>, string> = {
  postgraphile: path.join(here, 'compare/postgraphile-server.js'),
  floor: path.join(here, 'compare/floor-server.js'),
};

const env = process.env;
const DATABASE_URL = env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/regie_bench';
const SECONDS = Number(env.BENCH_SECONDS ?? 5);
const ALTERNATIONS = Number(env.BENCH_ALTERNATIONS ?? 3);
const CONNECTIONS = (env.BENCH_CONNECTIONS ?? '10,50').split(',').map(Number);
const WARMUP_SECONDS = Number(env.BENCH_WARMUP_SECONDS ?? 3);
const PROFILE = env.BENCH_PROFILE !== '0';
const PROFILE_SECONDS = Number(env.BENCH_PROFILE_SECONDS ?? 10);
const PROFILE_SCENARIO = (env.BENCH_PROFILE_SCENARIO ?? 'initiatives') as ReadKey;
const databaseName = decodeURIComponent(new URL(DATABASE_URL).pathname.slice(1));
const RESULTS_DIR = env.BENCH_RESULTS_DIR ?? path.join(SERVER_ROOT, 'bench/results');
const chosen = new Set((env.BENCH_SCENARIOS ?? SCENARIOS.map(s => s.key).join(',')).split(','));
const scenarios = SCENARIOS.filter(s => chosen.has(s.key));
const TITLES = Object.fromEntries(SCENARIOS.map(s => [s.key, s.title])) as Record<ScenarioKey, string>;

const log = (message: string) => console.error(`compare: ${message}`);

if (!existsSync(REGIE_MAIN)) {
  console.error(`compare: ${REGIE_MAIN} is missing; run \`npm run build -w server\` first`);
  process.exit(1);
}

/** Starts one server of `target` on `databaseUrl`. */
async function start(target: Target, databaseUrl: string, nodeArgs: string[] = []): Promise<ServerProcess> {
  const port = await freePort();
  if (target === 'regie') {
    return startServer({
      name: 'regie',
      script: REGIE_MAIN,
      nodeArgs,
      cwd: SERVER_ROOT,
      port,
      ready: /Regie is ready at/,
      env: {
        NODE_ENV: 'production',
        DATABASE_URL: databaseUrl,
        REGIE_SEED: 'false',
        REGIE_JWT_SECRET: randomBytes(32).toString('hex'),
        HOST: '127.0.0.1',
        PORT: String(port),
        LOG_LEVEL: 'warn',
        REGIE_TIME_ZONE: TIME_ZONE,
        REGIE_DATA_DIR: path.join(os.tmpdir(), 'regie-bench-compare'),
      },
    });
  }
  return startServer({
    name: target,
    script: SCRIPTS[target],
    nodeArgs,
    port,
    ready: /^ready \d+/m,
    env: { NODE_ENV: 'production', DATABASE_URL: databaseUrl, PORT: String(port), TIME_ZONE },
  });
}

/** One request, as the load generator sends it; the parsed answer. */
async function send(server: ServerProcess, request: Sent, token: string): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${server.baseUrl}${request.path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: request.body,
  });
  return { status: response.status, json: await response.json() };
}

interface StatementCount {
  perRequest: number;
  /** How the statements were sent (see SeenStatement), per request. */
  protocol: Partial<Record<SeenStatement['protocol'], number>>;
  /** Each distinct statement (literals as ?, cut at 160 characters) with how often one request runs it. */
  statements: { times: number; sql: string }[];
}

const perRequest = (count: number, n: number) => Math.round((100 * count) / n) / 100;

function tally(seen: SeenStatement[], n: number): StatementCount {
  const byText = new Map<string, number>();
  const protocol: StatementCount['protocol'] = {};
  for (const { sql, protocol: kind } of seen) {
    const text = sql
      .replace(/'(?:[^']|'')*'/g, '?')
      .replace(/\b\d+(\.\d+)?\b/g, '?')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 160);
    byText.set(text, (byText.get(text) ?? 0) + 1);
    protocol[kind] = (protocol[kind] ?? 0) + 1;
  }
  for (const kind of Object.keys(protocol) as SeenStatement['protocol'][]) protocol[kind] = perRequest(protocol[kind]!, n);
  return { perRequest: perRequest(seen.length, n), protocol, statements: [...byText.entries()].map(([sql, times]) => ({ times: perRequest(times, n), sql })) };
}

/**
 * SQL statements per request: a server of each kind on a counting proxy; per scenario a few
 * unmeasured requests first, then `n` in a row, and the statements seen divided by `n`.
 */
async function countStatements(db: BenchDatabase, pool: EditPool): Promise<Record<string, Partial<Record<Target, StatementCount>>>> {
  const url = new URL(db.url);
  const counts: Record<string, Partial<Record<Target, StatementCount>>> = {};
  const n = 20;
  for (const target of TARGETS) {
    const counter = new StatementCounter(url.hostname, Number(url.port || 5432));
    const proxied = new URL(db.url);
    proxied.hostname = '127.0.0.1';
    proxied.port = String(await counter.listen());
    const server = await start(target, proxied.toString());
    try {
      for (const key of [...READS, ...SCORED]) {
        if (!chosen.has(key) && !(key === 'initiatives' && chosen.has('mixed'))) continue;
        if (isScored(key) && target === 'postgraphile') continue;
        for (let i = 0; i < 3; i++) await send(server, readRequest(key, target, 100 + i), db.readToken);
        counter.take();
        for (let i = 0; i < n; i++) await send(server, readRequest(key, target, 1 + ((i * 7919) % SIZE.initiatives)), db.readToken);
        (counts[key] ??= {})[target] = tally(counter.take(), n);
      }
      if (chosen.has('mixed') && target !== 'postgraphile') {
        const edit = async () => {
          const next = pool.take();
          const answer = await send(server, updateRequest(target, next), db.writeToken);
          pool.settle(next.id, JSON.stringify(answer.json));
        };
        for (let i = 0; i < 3; i++) await edit();
        counter.take();
        for (let i = 0; i < n; i++) await edit();
        const update = tally(counter.take(), n);
        (counts.update ??= {})[target] = update;
        const read = counts.initiatives![target]!.perRequest;
        (counts.mixed ??= {})[target] = { perRequest: Math.round(100 * (0.9 * read + 0.1 * update.perRequest)) / 100, protocol: {}, statements: [] };
      }
    } finally {
      await server.stop();
      await counter.close();
    }
  }
  return counts;
}

/** Canonical scalars: numbers and numeric ids alike, timestamps to the millisecond. */
function leaves(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach(v => leaves(v, out));
  else if (value !== null && typeof value === 'object') Object.values(value).forEach(v => leaves(v, out));
  else if (typeof value === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/.test(value)) out.push(new Date(value).toISOString());
  else if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) out.push(String(Number(value)));
  else out.push(String(value));
  return out;
}

const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );

/**
 * Before measuring: the floor answers the same JSON as Regie (keys in any order), and PostGraphile
 * the same values (its names and connection wrappers aside); a difference is reported, not hidden.
 */
async function checkParity(servers: Record<Target, ServerProcess>, db: BenchDatabase): Promise<Record<string, string>> {
  const parity: Record<string, string> = {};
  for (const key of READS) {
    const answers = {} as Record<Target, { status: number; json: unknown }>;
    for (const target of TARGETS) answers[target] = await send(servers[target], readRequest(key, target), db.readToken);
    const problems: string[] = [];
    for (const target of TARGETS) {
      const json = answers[target].json as { errors?: unknown };
      if (answers[target].status !== 200 || json.errors) problems.push(`${target} answered ${answers[target].status} ${JSON.stringify(json).slice(0, 300)}`);
    }
    if (canonical(answers.regie.json) !== canonical(answers.floor.json)) problems.push('the floor answers other JSON than Regie');
    const regieLeaves = leaves(answers.regie.json).sort();
    const postgraphileLeaves = leaves(answers.postgraphile.json).sort();
    if (regieLeaves.join('\u0000') !== postgraphileLeaves.join('\u0000')) {
      problems.push(`PostGraphile answers other values than Regie (${postgraphileLeaves.length} against ${regieLeaves.length} scalars)`);
    }
    parity[key] = problems.length ? problems.join('; ') : `same answer (${regieLeaves.length} scalars)`;
    log(`parity ${key}: ${parity[key]}`);
  }
  return parity;
}

/** How two answers of a scored scenario compare: the same shape, ids, order and strings; numbers within a tolerance. */
interface ScoredComparison {
  same: boolean;
  rows: number;
  numbers: number;
  largestDifference: number;
  firstDifference?: string;
}

const TOLERANCE = 1e-9;

function compareScored(regie: unknown, floor: unknown): ScoredComparison {
  const out: ScoredComparison = { same: true, rows: 0, numbers: 0, largestDifference: 0 };
  const differ = (where: string, what: string) => {
    if (out.same) out.firstDifference = `${where}: ${what}`;
    out.same = false;
  };
  const walk = (a: unknown, b: unknown, where: string): void => {
    if (typeof a === 'number' && typeof b === 'number') {
      out.numbers++;
      const difference = Math.abs(a - b);
      out.largestDifference = Math.max(out.largestDifference, difference);
      // Scores to 1e-9 (relative beyond 1): sums of the same terms in another order may differ in the last bits.
      if (!(difference <= TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b)))) differ(where, `Regie ${a}, floor ${b}`);
    } else if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length !== b.length) return differ(where, `Regie ${a.length} items, floor ${b.length}`);
      a.forEach((item, i) => walk(item, b[i], `${where}[${i}]`));
    } else if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
      const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
      for (const key of keys) {
        if (!(key in a) || !(key in b)) differ(`${where}.${key}`, `only ${key in a ? 'Regie' : 'the floor'} answers it`);
        else walk((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${where}.${key}`);
      }
    } else if (a !== b) {
      differ(where, `Regie ${JSON.stringify(a)}, floor ${JSON.stringify(b)}`);
    }
  };
  walk(regie, floor, '$');
  const data = (regie as { data?: Record<string, unknown> } | null)?.data;
  const list = data && Object.values(data)[0];
  out.rows = Array.isArray(list) ? list.length : 0;
  return out;
}

/**
 * Scenarios 5 and 6, once before measuring: Regie's answer and the floor's, at the measured size
 * and at 1,000 rows (a larger sample of the ranking), must hold the same initiatives in the same
 * order with the same strings, and the same scores to 1e-9.
 */
async function checkScoredParity(servers: Record<Target, ServerProcess>, db: BenchDatabase): Promise<Record<string, string>> {
  const parity: Record<string, string> = {};
  for (const key of SCORED) {
    for (const size of [PER_PAGE, 1000]) {
      const [regie, floor] = [await send(servers.regie, readRequest(key, 'regie', 0, size), db.readToken), await send(servers.floor, readRequest(key, 'floor', 0, size), db.readToken)];
      const problems: string[] = [];
      for (const [name, answer] of [['regie', regie], ['floor', floor]] as const) {
        const json = answer.json as { errors?: unknown };
        if (answer.status !== 200 || json.errors) problems.push(`${name} answered ${answer.status} ${JSON.stringify(json).slice(0, 300)}`);
      }
      const comparison = compareScored(regie.json, floor.json);
      const label = size === PER_PAGE ? key : `${key}-${size}`;
      if (!comparison.same) problems.push(`the floor answers otherwise than Regie (${comparison.firstDifference})`);
      parity[label] = problems.length
        ? `DISAGREE: ${problems.join('; ')}`
        : `agree: the same ${comparison.rows} initiatives in the same order, ${comparison.numbers} numbers within ${TOLERANCE} (largest difference ${comparison.largestDifference})`;
      log(`parity ${label}: ${parity[label]}`);
    }
  }
  return parity;
}

async function profileRegie(db: BenchDatabase): Promise<{ file: string; summary: ProfileSummary }> {
  const dir = path.join(os.tmpdir(), `regie-cpu-profile-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  // The profile starts with the process; its samples are timed from about this moment.
  const spawned = performance.now();
  const server = await start('regie', db.url, [`--cpu-prof`, `--cpu-prof-dir=${dir}`]);
  const headers = { authorization: `Bearer ${db.readToken}` };
  const requests = workload(PROFILE_SCENARIO, 'regie', { initiatives: SIZE.initiatives, pool: new EditPool([]), writeHeader: '' });
  const suite = { database: databaseName, servers: [server] };
  await runLoad({ server, connections: 10, seconds: WARMUP_SECONDS, requests, headers, suite });
  const runStart = performance.now();
  const figures = await runLoad({ server, connections: 10, seconds: PROFILE_SECONDS, requests, headers, suite });
  const runEnd = performance.now();
  log(`profiled run: ${figures.rps} req/s, p99 ${figures.p99Ms} ms (under the profiler)`);
  await server.stop();
  const file = readdirSync(dir).find(name => name.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no .cpuprofile in ${dir}`);
  // Only the measured run: not start-up, warm-up or shutdown.
  const window = { fromMs: runStart - spawned, toMs: runEnd - spawned };
  return { file: path.join(dir, file), summary: summariseProfile(path.join(dir, file), 30, window) };
}

async function postgresVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ v: string }>('show server_version')).rows[0].v;
  } finally {
    await client.end();
  }
}

const started = performance.now();
const loadBefore = os.loadavg();
log(`database ${DATABASE_URL.replace(/\/\/[^@]*@/, '//…@')}: creating, migrating, seeding`);
await recreateDatabase(DATABASE_URL);
const db = await seed(DATABASE_URL);
log(
  `seeded in ${db.seedMs} ms: ${Object.entries(db.counts)
    .map(([t, n]) => `${t} ${n}`)
    .join(', ')}`,
);
log(`survey responses: ${db.responses.responses} written in ${db.responses.insertMs} ms, counts recounted in ${db.responses.recountMs} ms, window counts of ${db.responses.refreshed} stages built`);
const pool = new EditPool(db.editableInitiativeIds);

const servers = {} as Record<Target, ServerProcess>;
const cells: Cell[] = [];
let statementCounts: Awaited<ReturnType<typeof countStatements>> = {};
let parity: Record<string, string> = {};
let profile: { file: string; summary: ProfileSummary } | undefined;
try {
  log('counting SQL statements per request (servers on a counting proxy)');
  statementCounts = await countStatements(db, pool);
  for (const target of TARGETS) servers[target] = await start(target, DATABASE_URL);
  const windowCounts = await freshWindowCounts(DATABASE_URL);
  log(`stage window counts as of ${windowCounts.asOf}: ${windowCounts.rebuilt ? `${windowCounts.rebuilt} stages rebuilt` : 'current'}`);
  parity = { ...(await checkParity(servers, db)), ...(await checkScoredParity(servers, db)) };

  const headers = { authorization: `Bearer ${db.readToken}` };
  const suite = { database: databaseName, servers: TARGETS.map(target => servers[target]) };
  const options = { initiatives: SIZE.initiatives, pool, writeHeader: `Bearer ${db.writeToken}` };
  for (const scenario of scenarios) {
    if (isScored(scenario.key)) {
      // The server keeps them (at start and every minute); past midnight they are rebuilt here, before measuring.
      const fresh = await freshWindowCounts(DATABASE_URL);
      if (fresh.rebuilt) log(`stage window counts rebuilt for ${fresh.asOf} (${fresh.rebuilt} stages) before ${scenario.key}`);
    }
    for (const connections of CONNECTIONS) {
      const targets = scenario.targets;
      for (const target of targets) {
        pool.reset();
        await runLoad({ server: servers[target], connections, seconds: WARMUP_SECONDS, requests: workload(scenario.key, target, options), headers, suite });
      }
      const byTarget = new Map<Target, Cell>(targets.map(target => [target, { scenario: scenario.key, target, connections, runs: [] }]));
      for (let round = 0; round < ALTERNATIONS; round++) {
        // The order rotates, so that no server always follows the same one.
        const order = targets.map((_, i) => targets[(i + round) % targets.length]);
        for (const target of order) {
          pool.reset();
          const figures: RunFigures = await runLoad({
            server: servers[target],
            connections,
            seconds: SECONDS,
            requests: workload(scenario.key, target, options),
            headers,
            suite,
          });
          const run = scenario.key === 'mixed' ? { ...figures, updates: pool.updates, conflicts: pool.conflicts } : figures;
          byTarget.get(target)!.runs.push(run);
          log(
            `${scenario.key} c=${connections} ${target}: ${figures.rps} req/s, p50 ${figures.p50Ms} ms, p99 ${figures.p99Ms} ms, errors ${figures.errors + figures.non2xx + figures.badAnswers}, RSS ${figures.peakRssMb} MB`,
          );
        }
      }
      cells.push(...byTarget.values());
    }
  }
  const memory = Object.fromEntries(TARGETS.map(t => [t, servers[t].memory()]));
  for (const target of TARGETS) await servers[target].stop();
  log(`peak RSS over each process's life (VmHWM): ${TARGETS.map(t => `${t} ${Math.round(memory[t].hwmMb)} MB`).join(', ')}`);

  if (PROFILE) {
    log(`profiling Regie under scenario 1 (${PROFILE_SECONDS} s at 10 connections)`);
    profile = await profileRegie(db);
  }

  const summaries = cells.map(cell => summarise(cell, statementCounts[cell.scenario]?.[cell.target]?.perRequest ?? null));
  const ratioRows = ratios(summaries);
  printTable(summaries, ratioRows, TITLES);
  const other = median(cells.flatMap(cell => cell.runs.map(run => run.otherCores)));
  if (other > 0.2) {
    console.log(
      `\nNote: other work kept ${other.toFixed(2)} of ${os.cpus().length} CPU cores busy during the median run: req/s and latencies are depressed; CPU ms/request and the ratios hold up better.`,
    );
  }
  if (profile) {
    console.log(`\nCPU profile of Regie under ${PROFILE_SCENARIO} (${profile.file})`);
    printProfile(profile.summary, 20);
  }

  const date = new Date().toISOString().slice(0, 10);
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${date}.json`);
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        suite: 'compare (issue 10): Regie, PostGraphile, floor',
        date: new Date().toISOString(),
        machine: {
          cpus: os.cpus().length,
          cpu: os.cpus()[0]?.model,
          memoryMb: Math.round(os.totalmem() / 2 ** 20),
          loadAverageBefore: loadBefore,
          loadAverageAfter: os.loadavg(),
        },
        versions: { node: process.version, postgres: await postgresVersion(DATABASE_URL).catch(() => 'unknown') },
        settings: { seconds: SECONDS, warmupSeconds: WARMUP_SECONDS, alternations: ALTERNATIONS, connections: CONNECTIONS, perPage: PER_PAGE, poolSize: 10 },
        seed: { ms: db.seedMs, rows: db.counts, surveyResponses: { ...db.responses, months: 12, timeZone: TIME_ZONE } },
        goals: {
          postgraphile: '≥ 1.0× req/s, p99 no worse (scenarios 1–3)',
          floor: '≥ 0.5× req/s (scenarios 1–3)',
          mixed: 'no errors',
          scored: `scenarios 5 and 6 (issue 8): ≥ ${SCORED_GOAL.throughputRatio}× the floor's req/s; p99 ≤ ${SCORED_GOAL.p99Ms} ms at ${SCORED_GOAL.atConnections} connections`,
        },
        sqlStatements: {
          method:
            'each server on a TCP proxy that counts Query and Execute messages of the PostgreSQL protocol (BEGIN/COMMIT included), 20 sequential requests after 3 unmeasured ones; a separate pass, not the measured processes',
          counts: statementCounts,
        },
        parity,
        peakRssOverLifeMb: Object.fromEntries(TARGETS.map(t => [t, Math.round(memory[t].hwmMb)])),
        summary: summaries,
        ratios: ratioRows,
        runs: cells,
        profile: profile && {
          scenario: 'initiatives',
          connections: 10,
          seconds: PROFILE_SECONDS,
          ...profile.summary,
          modules: profile.summary.modules.slice(0, 30),
        },
        totalSeconds: Math.round((performance.now() - started) / 1000),
      },
      null,
      2,
    )}\n`,
  );
  log(`wrote ${path.relative(process.cwd(), file)} in ${Math.round((performance.now() - started) / 1000)} s`);
} finally {
  for (const target of TARGETS) await servers[target]?.stop();
  if (env.BENCH_KEEP) log(`kept the database (BENCH_KEEP)`);
  else await dropDatabase(DATABASE_URL);
}
