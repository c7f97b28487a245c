/**
 * Soak (issue 11; a benchmark, not a test): Regie's production build under the mixed scenario of
 * compare.ts (90 % the nested initiatives page, 10 % updateInitiative with a write token) at 50
 * connections for BENCH_SOAK_SECONDS (600), on the real PostgreSQL server of BENCH_DATABASE_URL
 * (default postgres://postgres@127.0.0.1:5432/regie_bench_soak; dropped, created, migrated and
 * seeded with compare's 10,000 initiatives, without its survey responses, which the scenario
 * never reads; dropped at the end unless BENCH_KEEP=1).
 *
 * Every BENCH_SOAK_SAMPLE_SECONDS (10) it samples the server's resident memory (/proc) and the
 * PostgreSQL connections to the database (pg_stat_activity, this monitor's own left out), and
 * reports against the goals: no errors (CONFLICT answers of updates cut off by the end of the
 * run are counted apart), memory flat after the warm-up (BENCH_SOAK_WARMUP_SECONDS, 60 or a
 * quarter of a shorter run: growth under 10 %, from the median of the first three samples after
 * it to the median of the last three), connections bounded by the pool (10).
 *
 * `npm run bench:soak -w server` (builds first). Prints one JSON line per sample on stderr and the
 * summary on stdout; writes server/bench/results/soak-<YYYY-MM-DD>.json (BENCH_RESULTS_DIR).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { dropDatabase, recreateDatabase, seed, SIZE, TIME_ZONE } from './compare/database.js';
import { runLoad } from './compare/load.js';
import { freePort, startServer } from './compare/processes.js';
import { EditPool, workload } from './compare/workload.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const SERVER_ROOT = path.resolve(here, '../..');
const REGIE_MAIN = path.join(SERVER_ROOT, 'dist/src/main.js');

const env = process.env;
const DATABASE_URL = env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/regie_bench_soak';
const SECONDS = Number(env.BENCH_SOAK_SECONDS ?? 600);
const CONNECTIONS = Number(env.BENCH_SOAK_CONNECTIONS ?? 50);
const SAMPLE_SECONDS = Number(env.BENCH_SOAK_SAMPLE_SECONDS ?? 10);
const WARMUP_SECONDS = Number(env.BENCH_SOAK_WARMUP_SECONDS ?? Math.min(60, Math.round(SECONDS / 4)));
const RESULTS_DIR = env.BENCH_RESULTS_DIR ?? path.join(SERVER_ROOT, 'bench/results');
const POOL_SIZE = 10;
const GOALS = { errors: 0, memoryGrowthPercent: 10, connections: POOL_SIZE };
const databaseName = decodeURIComponent(new URL(DATABASE_URL).pathname.slice(1));

const log = (message: string) => console.error(`soak: ${message}`);

if (!existsSync(REGIE_MAIN)) {
  console.error(`soak: ${REGIE_MAIN} is missing; run \`npm run build -w server\` first`);
  process.exit(1);
}

interface Sample {
  atSeconds: number;
  rssMb: number;
  /** Connections of the server to the database (all states). */
  connections: number;
  /** Of those, running a statement or in a transaction. */
  busy: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.floor(sorted.length / 2)];
};
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Least-squares slope of RSS over time, MiB per minute. */
function slopeMbPerMinute(samples: Sample[]): number {
  if (samples.length < 2) return 0;
  const xs = samples.map(s => s.atSeconds / 60);
  const ys = samples.map(s => s.rssMb);
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const num = xs.reduce((sum, x, i) => sum + (x - mx) * (ys[i] - my), 0);
  const den = xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

const started = performance.now();
log(`database ${DATABASE_URL.replace(/\/\/[^@]*@/, '//…@')}: creating, migrating, seeding ${SIZE.initiatives} initiatives`);
await recreateDatabase(DATABASE_URL);
const db = await seed(DATABASE_URL, { responses: false });
log(`seeded in ${db.seedMs} ms`);

const port = await freePort();
const server = await startServer({
  name: 'regie',
  script: REGIE_MAIN,
  cwd: SERVER_ROOT,
  port,
  ready: /Regie is ready at/,
  env: {
    NODE_ENV: 'production',
    DATABASE_URL,
    REGIE_SEED: 'false',
    REGIE_JWT_SECRET: randomBytes(32).toString('hex'),
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: 'warn',
    REGIE_TIME_ZONE: TIME_ZONE,
    REGIE_DATA_DIR: path.join(os.tmpdir(), 'regie-bench-soak'),
  },
});

const monitor = new pg.Client({ connectionString: DATABASE_URL });
await monitor.connect();
const samples: Sample[] = [];
let loadStarted = 0;
const sample = async () => {
  const { rows } = await monitor.query<{ connections: number; busy: number }>(
    `select count(*)::int as connections, count(*) filter (where state <> 'idle')::int as busy
     from pg_stat_activity where datname = $1 and pid <> pg_backend_pid() and backend_type = 'client backend'`,
    [databaseName],
  );
  const entry = { atSeconds: round((performance.now() - loadStarted) / 1000), rssMb: round(server.memory().rssMb), ...rows[0] };
  samples.push(entry);
  console.error(JSON.stringify({ soak: 'sample', ...entry }));
};

const pool = new EditPool(db.editableInitiativeIds);
let figures: Awaited<ReturnType<typeof runLoad>> | undefined;
try {
  log(`mixed scenario at ${CONNECTIONS} connections for ${SECONDS} s (warm-up ${WARMUP_SECONDS} s), a sample every ${SAMPLE_SECONDS} s`);
  loadStarted = performance.now();
  await sample();
  const sampler = setInterval(() => void sample().catch(error => log(`sample failed: ${String(error)}`)), SAMPLE_SECONDS * 1000);
  try {
    figures = await runLoad({
      server,
      connections: CONNECTIONS,
      seconds: SECONDS,
      requests: workload('mixed', 'regie', { initiatives: SIZE.initiatives, pool, writeHeader: `Bearer ${db.writeToken}` }),
      headers: { authorization: `Bearer ${db.readToken}` },
      suite: { database: databaseName, servers: [server] },
    });
  } finally {
    clearInterval(sampler);
  }
  await sample();
} finally {
  await server.stop();
  await monitor.end();
  if (env.BENCH_KEEP) log('kept the database (BENCH_KEEP)');
  else await dropDatabase(DATABASE_URL);
}

if (!figures) throw new Error('the load run ended without figures');
const afterWarmup = samples.filter(s => s.atSeconds >= WARMUP_SECONDS);
const first = median(afterWarmup.slice(0, 3).map(s => s.rssMb));
const last = median(afterWarmup.slice(-3).map(s => s.rssMb));
const errors = figures.errors + figures.non2xx + figures.badAnswers;
const growth = first ? round(((last - first) / first) * 100) : 0;
const maxConnections = Math.max(...samples.map(s => s.connections));
const summary = {
  soak: 'summary',
  seconds: figures.seconds,
  connections: CONNECTIONS,
  requests: Math.round(figures.rps * figures.seconds),
  rps: figures.rps,
  p50Ms: figures.p50Ms,
  p99Ms: figures.p99Ms,
  updates: pool.updates,
  conflicts: pool.conflicts,
  errors,
  errorSamples: figures.badAnswerSamples,
  memory: {
    warmupSeconds: WARMUP_SECONDS,
    samplesAfterWarmup: afterWarmup.length,
    rssAfterWarmupMb: first,
    rssAtEndMb: last,
    growthPercent: growth,
    slopeMbPerMinute: round(slopeMbPerMinute(afterWarmup), 2),
    peakRssMb: Math.max(...samples.map(s => s.rssMb)),
  },
  database: { maxConnections, maxBusy: Math.max(...samples.map(s => s.busy)), poolSize: POOL_SIZE },
  goals: {
    errors: errors === GOALS.errors ? 'met (0)' : `MISSED (${errors})`,
    memory: afterWarmup.length < 4 ? `too few samples after the warm-up (${afterWarmup.length}) to judge` : growth < GOALS.memoryGrowthPercent ? `met (${growth} % < ${GOALS.memoryGrowthPercent} %)` : `MISSED (${growth} %)`,
    connections: maxConnections <= GOALS.connections ? `met (at most ${maxConnections}, pool ${POOL_SIZE})` : `MISSED (${maxConnections} > ${POOL_SIZE})`,
  },
  machine: { cpus: os.cpus().length, loadAverageAtEnd: os.loadavg()[0], otherCoresBusy: figures.otherCores },
  totalSeconds: Math.round((performance.now() - started) / 1000),
};
console.log(JSON.stringify(summary, null, 2));
mkdirSync(RESULTS_DIR, { recursive: true });
const file = path.join(RESULTS_DIR, `soak-${new Date().toISOString().slice(0, 10)}.json`);
writeFileSync(file, `${JSON.stringify({ ...summary, date: new Date().toISOString(), node: process.version, samples }, null, 2)}\n`);
log(`wrote ${path.relative(process.cwd(), file)}`);
