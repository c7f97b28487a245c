import type pg from 'pg';

/**
 * Keeps a PostgreSQL outage from hanging Regie. PostgreSQL cancels a statement that runs longer
 * than the statement timeout itself; a statement still unanswered a while after that means the
 * server cannot be reached (its host is gone, the network drops packets): nothing would ever
 * answer, and TCP can take a quarter of an hour to notice. The guard then gives the connection up
 * (the query fails, the pool replaces the connection) and with it every idle pooled connection,
 * which went the same way. Connecting and waiting for a free connection are bounded by the pool's
 * own `connectionTimeoutMillis`.
 */
export interface GuardOptions {
  /** The statement timeout PostgreSQL enforces (REGIE_STATEMENT_TIMEOUT_MS). */
  statementTimeoutMs: number;
  /** How much longer than that an answer may take before the server counts as unreachable. */
  graceMs: number;
}

/** The code of the error a guarded query fails with; see {@link isDatabaseUnavailable}. */
export const UNREACHABLE = 'REGIE_DATABASE_UNREACHABLE';

export class DatabaseUnreachable extends Error {
  readonly code = UNREACHABLE;
  constructor(waitedMs: number) {
    super(`No answer from PostgreSQL within ${waitedMs} ms; the connection was given up`);
    this.name = 'DatabaseUnreachable';
  }
}

type Query = (...args: unknown[]) => unknown;

export function guardPool(pool: pg.Pool, options: GuardOptions): void {
  const idle = new Set<pg.PoolClient>();
  pool.on('acquire', client => idle.delete(client));
  pool.on('release', (_error, client) => idle.add(client as pg.PoolClient));
  pool.on('remove', client => idle.delete(client as pg.PoolClient));
  const giveUpIdle = () => {
    for (const client of idle) abandon(client);
    idle.clear();
  };
  pool.on('connect', client => guardClient(client as pg.PoolClient, options, giveUpIdle));
}

/** Ends a connection at once (no goodbye to a server that cannot hear it); pg then fails its queries and the pool drops it. */
function abandon(client: pg.Client): void {
  (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
}

const LIFTED = /^\s*set\s+local\s+statement_timeout\s*(=|to)\s*'?0'?\s*;?\s*$/i;
const TRANSACTION_END = /^\s*(commit|rollback|end|abort)\b/i;

function guardClient(client: pg.PoolClient, options: GuardOptions, giveUpIdle: () => void): void {
  const query = client.query.bind(client) as Query;
  // `set local statement_timeout = 0` (a long CSV import) lifts PostgreSQL's limit until the
  // transaction ends: the guard has no bound to go by then and waits as long as PostgreSQL would.
  let lifted = false;
  const limit = options.statementTimeoutMs + options.graceMs;
  (client as unknown as { query: Query }).query = (...args: unknown[]) => {
    const [first] = args;
    // Only the promise form with SQL text (what Kysely sends) or a query config with its text (a
    // prepared statement, see prepared.ts); cursors (submittable) and callbacks pass as they are.
    const text = typeof first === 'string' ? first : isQueryConfig(first) ? first.text : undefined;
    if (text === undefined || typeof args[args.length - 1] === 'function') return query(...args);
    const unbounded = lifted;
    if (LIFTED.test(text)) lifted = true;
    else if (TRANSACTION_END.test(text)) lifted = false;
    const answer = query(...args) as Promise<unknown>;
    if (unbounded) return answer;
    let timer: NodeJS.Timeout | undefined;
    const silence = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        abandon(client);
        giveUpIdle();
        reject(new DatabaseUnreachable(limit));
      }, limit);
    });
    return Promise.race([answer, silence]).finally(() => clearTimeout(timer));
  };
}

const isQueryConfig = (value: unknown): value is { text: string } =>
  typeof value === 'object' && value !== null && typeof (value as { text?: unknown }).text === 'string' && typeof (value as { submit?: unknown }).submit !== 'function';

/** Node's network errors that mean "no database there" (not a refusal of the statement). */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'EAI_AGAIN', 'ENOTFOUND', UNREACHABLE]);

/**
 * SQLSTATEs of a server that is not there to serve: class 08 (connection exception), 53300 (too
 * many connections), 57P01-57P03 (shut down by an administrator, crashed, starting up).
 */
const unavailableState = (code: string) => /^08[0-9A-Z]{3}$/.test(code) || ['53300', '57P01', '57P02', '57P03'].includes(code);

/**
 * The pg driver's own failures carry no code: a connection that ended under a query, a connect
 * or a wait for a pooled connection that took too long, a client already broken. These are fixed
 * strings of node-postgres (pg and pg-pool), not PostgreSQL's messages, whose language follows
 * the server's lc_messages; PostgreSQL's refusals are told apart by SQLSTATE above.
 */
const DRIVER_MESSAGES = [
  'Connection terminated unexpectedly',
  'Connection terminated',
  'Connection terminated due to connection timeout',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
  'Query read timeout',
];

/** Whether an error (or one it wraps) says the database cannot be reached right now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || unavailableState(code))) return true;
    if (DRIVER_MESSAGES.includes(e.message)) return true;
  }
  return false;
}
