import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { openDatabase } from '../src/database/orm.js';
import { hashPassword } from '../src/modules/auth/password.js';
import { Person } from '../src/modules/person/person.entity.js';
import { createTestDatabase, gql, killAll, outcome, signIn, spawnServer, waitFor, type GqlAnswer, type Spawned, type TestDatabase } from './spawned.js';
import { TcpProxy, type Outage } from './tcp-proxy.js';

/**
 * A PostgreSQL outage while Regie runs. The shared PostgreSQL server is not stopped: a TCP proxy
 * (tcp-proxy.ts) stands between a Regie process and it, and takes the database away in the
 * middle of a write — just before its commit — in the two ways a database goes: connections
 * reset and refused (a crash or restart), and a black hole (a cut network: nothing answers,
 * nothing is refused). Regie must then answer fast with SERVICE_UNAVAILABLE (no hang beyond its
 * configured timeouts), say so on /readyz, and recover by itself when the database is back, with
 * every acknowledged write kept and nothing of a refused one applied.
 */
const STATEMENT_TIMEOUT_MS = 2000;
const DATABASE_TIMEOUT_MS = 1500;
/** The longest a call may wait on a database that does not answer: the statement timeout, then the grace. */
const GUARD_MS = STATEMENT_TIMEOUT_MS + DATABASE_TIMEOUT_MS;
/** Scheduling slack on two loaded cores. */
const SLACK_MS = 2500;
const PASSWORD = 'outage-test-password';
const UNAVAILABLE_MESSAGE = 'The database cannot be reached right now; try again shortly';

let database: TestDatabase;
let proxy: TcpProxy;
let server: Spawned;
let token = '';
const figures: Record<string, unknown>[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  // Schema and one regie account, directly (no demo seed: the test's own rows are easier to account for).
  const db = await openDatabase({ databaseUrl: database.url, dataDir: 'memory://', statementTimeoutMs: 30_000 });
  await db.migrate();
  const em = db.fork();
  em.create(Person, { name: 'Outage Regie', email: 'regie@outage.regie', role: 'REGIE', department: null, active: true, passwordHash: await hashPassword(PASSWORD) } as never);
  await em.flush();
  await db.close();

  const target = new URL(process.env.DATABASE_URL!);
  proxy = new TcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
  const port = await proxy.listen();
  const viaProxy = new URL(database.url);
  viaProxy.host = `127.0.0.1:${port}`;
  server = await spawnServer({
    DATABASE_URL: viaProxy.toString(),
    REGIE_SEED: 'false',
    REGIE_JWT_SECRET: 'o'.repeat(40),
    REGIE_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS),
    REGIE_DATABASE_TIMEOUT_MS: String(DATABASE_TIMEOUT_MS),
  });
  token = await signIn(server.url, PASSWORD, 'regie@outage.regie');
}, 60_000);

afterAll(async () => {
  console.log(`outage figures:\n${figures.map(f => JSON.stringify(f)).join('\n')}`);
  await killAll();
  await proxy?.close();
  await database?.drop();
});

const createDepartment = (code: string) =>
  gql(server.url, 'mutation($n: String!, $c: String!) { createDepartment(name: $n, code: $c) { id code } }', { n: `Department ${code}`, c: code }, token, 30_000);
const readDepartments = () => gql(server.url, '{ allDepartments(perPage: 500) { id code } _allDepartmentsMeta { count } }', {}, token, 30_000);
const readyz = async () => (await fetch(`${server.url}/readyz`, { signal: AbortSignal.timeout(30_000) })).status;

/** A refusal as the client sees it: typed, in words a person understands, no driver or network internals. */
function expectUnavailable(answer: GqlAnswer) {
  expect({ code: outcome(answer), message: answer.errors?.[0].message }).toEqual({ code: 'SERVICE_UNAVAILABLE', message: UNAVAILABLE_MESSAGE });
  expect(JSON.stringify(answer)).not.toMatch(/ECONN|127\.0\.0\.1|5432|terminated|timeout exceeded|postgres|stack/i);
  expect([200, 503]).toContain(answer.status);
}

describe.each<[Outage, string, number]>([
  // Reset and refused: every wait ends at once.
  ['reset', 'R', DATABASE_TIMEOUT_MS],
  // Black hole: a write waits for its statement's answer (the guard), a new connection for its connect timeout.
  ['blackhole', 'B', GUARD_MS],
])('a database outage (%s)', (kind, prefix, writeBoundMs) => {
  it('answers SERVICE_UNAVAILABLE fast, says so on /readyz, recovers by itself, keeps every acknowledged write and none of a refused one', async () => {
    // Writes acknowledged before the outage, five at a time.
    const acknowledged = new Map<string, string>();
    for (let batch = 0; batch < 4; batch++) {
      const answers = await Promise.all(Array.from({ length: 5 }, (_, i) => createDepartment(`${prefix}A${batch * 5 + i}`)));
      for (const answer of answers) {
        expect(outcome(answer)).toBe('OK');
        acknowledged.set(answer.data.createDepartment.code, answer.data.createDepartment.id);
      }
    }
    expect(await readyz()).toBe(200);

    // The database goes in the middle of a write: its insert and audit entry are sent, its commit is not.
    const cut = proxy.cutOn('commit', kind);
    const refusedWrite = createDepartment(`${prefix}CUT`);
    await cut;
    const cutAnswer = await refusedWrite;
    expectUnavailable(cutAnswer);
    expect(cutAnswer.ms).toBeLessThan(writeBoundMs + SLACK_MS);

    const toNotReady = await waitFor('/readyz 503', async () => (await readyz()) === 503, DATABASE_TIMEOUT_MS + SLACK_MS);

    // Calls during the outage, ten at once: each fails within its bound, none hangs.
    const during = await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? createDepartment(`${prefix}DOWN${i}`) : i % 3 === 0 ? gql(server.url, '{ me { id } }', {}, token, 30_000) : readDepartments())),
    );
    for (const answer of during) {
      expectUnavailable(answer);
      expect(answer.ms).toBeLessThan(GUARD_MS + SLACK_MS);
    }

    // Nothing of the refused writes reached the tables (read directly, not through the proxy).
    const refusedCodes = [`${prefix}CUT`, ...[0, 2, 4, 6, 8].map(i => `${prefix}DOWN${i}`)];
    const leaked = await database.sql(`select code from department where code = any($1::text[])`, [refusedCodes]);
    expect(leaked).toEqual([]);

    // The database returns: Regie notices by itself, no restart.
    await proxy.up();
    const toReady = await waitFor('/readyz 200', async () => (await readyz()) === 200, GUARD_MS + DATABASE_TIMEOUT_MS + SLACK_MS);
    const after = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? createDepartment(`${prefix}UP${i}`) : readDepartments())));
    expect(after.map(outcome)).toEqual(Array(20).fill('OK'));
    // The write refused mid-transaction can be made again: no half of it, no lock of it left behind.
    const retried = await createDepartment(`${prefix}CUT`);
    expect(outcome(retried)).toBe('OK');
    expect(retried.ms).toBeLessThan(GUARD_MS + SLACK_MS);

    // Every acknowledged write is there as acknowledged; each refused one is absent or (the retry) there once, with one audit entry.
    const rows = await database.sql<{ id: number; code: string }>(`select id, code from department where code like $1 order by code`, [`${prefix}%`]);
    const stored = new Map(rows.map(r => [r.code, String(r.id)]));
    for (const [code, id] of acknowledged) expect(stored.get(code)).toBe(id);
    expect(rows.filter(r => refusedCodes.includes(r.code)).map(r => r.code)).toEqual([`${prefix}CUT`]);
    const [{ audits }] = await database.sql<{ audits: number }>(
      `select count(*)::int as audits from audit_entry where entity = 'Department' and entity_id = any($1::text[]) and action = 'CREATE'`,
      [rows.map(r => String(r.id))],
    );
    expect(audits).toBe(rows.length);
    // No transaction of the outage left open on the server.
    const [{ open }] = await database.sql<{ open: number }>(`select count(*)::int as open from pg_stat_activity where datname = current_database() and state like 'idle in transaction%'`);
    expect(open).toBe(0);

    figures.push({
      kind,
      acknowledgedWrites: acknowledged.size,
      cutWriteMs: Math.round(cutAnswer.ms),
      readyz503AfterMs: Math.round(toNotReady),
      duringOutage: during.length,
      slowestDuringMs: Math.round(Math.max(...during.map(a => a.ms))),
      readyz200AfterUpMs: Math.round(toReady),
      callsAfterRecovery: after.length,
      proxyConnections: proxy.accepted,
    });
  }, 90_000);
});
