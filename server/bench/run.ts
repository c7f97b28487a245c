/**
 * Benchmarks (not tests): prints one JSON line per measurement. Targets are stated beside each
 * figure; nothing here fails a build. `npm run bench` (embedded), or with DATABASE_URL set; then
 * the NPS benchmarks of nps.ts on PostgreSQL.
 */
import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import { createServer } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/database/orm.js';
import { DemoSeeder } from '../src/database/seeders/demo.seeder.js';
import { createLogger } from '../src/logger.js';
import { report, round, timed } from './measure.js';
import { runNpsBenchmarks } from './nps.js';

const PASSWORD = 'bench-password-1';

const database = process.env.DATABASE_URL ? 'postgresql' : 'embedded';
if (process.env.DATABASE_URL) {
  console.error('bench: with DATABASE_URL the database must be empty (seeding is measured).');
}
const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: 'memory://', statementTimeoutMs: 60_000 });
await db.migrate();

const seedStart = performance.now();
const seeded = await new DemoSeeder(PASSWORD).run(db.fork());
report('seed-demo-organisation', { database, seeded: String(seeded.seeded), ms: round(performance.now() - seedStart), target_ms: 15000 });

const jwtSecret = randomBytes(32).toString('hex');
const server = await createServer({ config: loadConfig({ NODE_ENV: 'test', REGIE_JWT_SECRET: jwtSecret }), db, logger: createLogger('error'), jwtSecret });
const url = await server.listen(0, '127.0.0.1');
const gql = async (query: string, token?: string) => {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
};

const signIn = `mutation { signIn(email: "regie@demo.regie", password: "${PASSWORD}") { token } }`;
report('sign-in (scrypt)', { database, ...(await timed(10, () => gql(signIn))), target_p95_ms: 500 });
const token = (await gql(signIn)).signIn.token as string;

const page = `{ allInitiatives(perPage: 50, sortField: "title") { id title status department { name } owner { name }
  contributingDepartments { code } impacts { level stage { name journey { name } } } } _allInitiativesMeta { count } }`;
report('initiatives-page-50-nested', { database, ...(await timed(50, () => gql(page, token))), target_p95_ms: 250 });

const stages = '{ allJourneys { name stages { name position importance reach channels { name } } } }';
report('journeys-with-stages', { database, ...(await timed(50, () => gql(stages, token))), target_p95_ms: 150 });

const concurrent = performance.now();
await Promise.all(Array.from({ length: 50 }, () => gql('{ allDepartments { id code } }', token)));
report('50-concurrent-reads', { database, ms: round(performance.now() - concurrent), target_ms: 3000 });

report('memory', { database, rss_mb: Math.round(process.memoryUsage().rss / 2 ** 20), heap_used_mb: Math.round(process.memoryUsage().heapUsed / 2 ** 20), target_rss_mb: database === 'embedded' ? 1024 : 512 });

await server.stop();
await db.close();

// NPS at scale, on the real PostgreSQL server of BENCH_DATABASE_URL (a database of its own).
await runNpsBenchmarks();
