import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import { openDatabase } from '../src/database/orm.js';
import { hashPassword } from '../src/modules/auth/password.js';
import { Person } from '../src/modules/person/person.entity.js';
import { createTestDatabase, killAll, signIn, sleep, spawnServer, type Spawned, type TestDatabase } from './spawned.js';

/**
 * SIGTERM while 20 clients keep a Regie process on PostgreSQL busy with reads and writes: every
 * request the server took gets its whole answer, later ones are refused cleanly (connection
 * refused, or 503 on a connection that was already open), never cut off; the process exits 0
 * within its drain time; and the database holds exactly the writes that were acknowledged.
 * Half of the clients keep their connections alive between requests (fetch), half open one per
 * request (node:http without an agent), as browsers, proxies and scripts do.
 */
const PASSWORD = 'graceful-stop-password';
const CLIENTS = 20;
/** Apollo's drain waits up to 10 s for requests in flight; then the database closes. */
const EXIT_WITHIN_MS = 15_000;

let database: TestDatabase;
let server: Spawned;
let token = '';

beforeAll(async () => {
  database = await createTestDatabase();
  const db = await openDatabase({ databaseUrl: database.url, dataDir: 'memory://', statementTimeoutMs: 30_000 });
  await db.migrate();
  const em = db.fork();
  em.create(Person, { name: 'Stop Regie', email: 'regie@stop.regie', role: 'REGIE', department: null, active: true, passwordHash: await hashPassword(PASSWORD) } as never);
  await em.flush();
  await db.close();
  server = await spawnServer({ DATABASE_URL: database.url, REGIE_SEED: 'false', REGIE_JWT_SECRET: 's'.repeat(40), LOG_LEVEL: 'warn' });
  token = await signIn(server.url, PASSWORD, 'regie@stop.regie');
}, 60_000);

afterAll(async () => {
  await killAll();
  await database?.drop();
});

/**
 * `refused`: the connection was refused (the port no longer listens). `reset before an answer`: reset
 * before a byte of an answer came. That happens to connections the kernel completed but the server had not yet
 * taken when its listening socket closed: Linux resets them, and no server can avoid it (nginx's
 * graceful stop does the same). A client can tell it from a cut answer (nothing came) and may send
 * the request again: the server never saw it — checked below for the writes, none of which may be
 * stored.
 */
type Outcome = 'answered' | 'refused' | 'reset before an answer' | 'unavailable' | `broken: ${string}`;
const ENDS_A_CLIENT: Outcome[] = ['refused', 'reset before an answer'];

interface Call {
  kind: 'read' | 'write';
  code?: string;
  sentAt: number;
  outcome: Outcome;
}

const READ = '{ allDepartments(perPage: 100, sortField: "code") { id code name } _allDepartmentsMeta { count } }';
const WRITE = 'mutation($n: String!, $c: String!) { createDepartment(name: $n, code: $c) { id code } }';

/** A complete 2xx answer with data and no errors, or a clean refusal; anything else is "broken". */
function judge(status: number, text: string, kind: Call['kind']): Outcome {
  if (status === 503) return 'unavailable';
  let body: { data?: Record<string, unknown>; errors?: unknown[] };
  try {
    body = JSON.parse(text);
  } catch {
    return `broken: status ${status}, body not JSON (${text.length} bytes)`;
  }
  const field = kind === 'read' ? 'allDepartments' : 'createDepartment';
  if (status >= 200 && status < 300 && !body.errors && body.data?.[field]) return 'answered';
  return `broken: status ${status} ${JSON.stringify(body).slice(0, 200)}`;
}

/** A failure before any byte of an answer arrived. */
function refusedOrBroken(error: unknown): Outcome {
  const cause = (error as { cause?: { code?: string } }).cause ?? (error as { code?: string });
  if (cause.code === 'ECONNREFUSED') return 'refused';
  if (cause.code === 'ECONNRESET') return 'reset before an answer';
  return `broken: ${cause.code ?? String(error)}`;
}

/** Keep-alive client: fetch (undici) reuses its connections. */
async function viaFetch(body: string, kind: Call['kind']): Promise<Outcome> {
  let response: Response;
  try {
    response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body, signal: AbortSignal.timeout(30_000) });
  } catch (error) {
    return refusedOrBroken(error);
  }
  try {
    return judge(response.status, await response.text(), kind);
  } catch (error) {
    return `broken: answer cut off (${String((error as { cause?: unknown }).cause ?? error)})`;
  }
}

/** One connection per request. */
function viaHttp(body: string, kind: Call['kind']): Promise<Outcome> {
  const { port } = new URL(server.url);
  return new Promise(resolve => {
    const request = http.request(
      { host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}` } },
      response => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', chunk => (text += chunk));
        response.on('end', () => resolve(judge(response.statusCode ?? 0, text, kind)));
        response.on('error', error => resolve(`broken: answer cut off (${String(error)})`));
      },
    );
    request.on('error', error => resolve(refusedOrBroken(error)));
    request.setTimeout(30_000, () => request.destroy(new Error('no answer within 30 s')));
    request.end(body);
  });
}

describe('SIGTERM under load', () => {
  it('answers every request it took in full, refuses the rest cleanly, exits 0 within its drain time, and stored exactly the acknowledged writes', async () => {
    const calls: Call[] = [];
    let stopAt = Infinity;
    const client = async (c: number) => {
      const send = c % 2 === 0 ? viaFetch : viaHttp;
      for (let n = 0; ; n++) {
        const kind: Call['kind'] = n % 2 === 0 ? 'read' : 'write';
        const code = `G${c}_${n}`;
        const body = JSON.stringify(kind === 'read' ? { query: READ } : { query: WRITE, variables: { n: `Graceful ${code}`, c: code } });
        const call: Call = { kind, code: kind === 'write' ? code : undefined, sentAt: performance.now(), outcome: 'answered' };
        call.outcome = await send(body, kind);
        calls.push(call);
        // A client stops once the server refuses it; it never waits longer than the drain time.
        if (ENDS_A_CLIENT.includes(call.outcome) || performance.now() - stopAt > EXIT_WITHIN_MS) return;
      }
    };
    const load = Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
    await sleep(3000);
    const before = calls.length;
    stopAt = performance.now();
    server.child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const code = await Promise.race([server.exited, new Promise(resolve => (timer = setTimeout(resolve, EXIT_WITHIN_MS, 'still running')))]);
    clearTimeout(timer);
    const exitMs = performance.now() - stopAt;
    await load;

    const tally: Record<string, number> = {};
    for (const call of calls) tally[call.outcome] = (tally[call.outcome] ?? 0) + 1;
    const afterStop = calls.filter(c => c.sentAt >= stopAt);
    console.log(JSON.stringify({ calls: calls.length, beforeStop: before, sentAfterStop: afterStop.length, tally, exitMs: Math.round(exitMs) }));

    expect(code).toBe(0);
    expect(calls.filter(c => c.outcome.startsWith('broken')).map(c => c.outcome)).toEqual([]);
    expect(tally.answered).toBeGreaterThan(CLIENTS);
    // Every client ended on a clean refusal: the server stopped taking requests.
    expect(calls.filter(c => ENDS_A_CLIENT.includes(c.outcome))).toHaveLength(CLIENTS);

    // The database holds exactly the acknowledged writes: none lost, none applied unanswered (a
    // write reset before an answer was never taken).
    const acknowledged = calls.filter(c => c.kind === 'write' && c.outcome === 'answered').map(c => c.code!).sort();
    const stored = (await database.sql<{ code: string }>(`select code from department where code like 'G%' order by code`)).map(r => r.code).sort();
    expect(stored).toEqual(acknowledged);
  }, 90_000);
});
