import { createHash } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/sql';
import type pg from 'pg';

/**
 * The reads every request makes (its credential, a page's JSON: json-read.ts) as named prepared
 * statements on PostgreSQL: the text of such a statement depends on the query's selection, not on
 * its values, so PostgreSQL parses and plans it once per connection instead of on every request,
 * and the client sends its name and values instead of kilobytes of SQL. MikroORM's own path
 * inlines every value into the text, which makes each statement new to the server.
 *
 * Inside a transaction (the statement must run on the transaction's connection), on the embedded
 * database, while MikroORM logs statements (tests count them through its logger), and for a text
 * this cannot number safely, the statement runs through MikroORM as any other.
 */

/** Distinct statements prepared by name, at most; beyond, statements still run, unnamed (planned each time). */
const MAX_NAMED = 1000;
/** MikroORM's text → the numbered text and its name (null: not numbered; left to MikroORM). */
const statements = new Map<string, { text: string; name?: string } | null>();
const pools = new WeakMap<object, pg.Pool | null>();

export async function queryRows<T>(em: SqlEntityManager, sql: string, params: readonly unknown[] = []): Promise<T[]> {
  const connection = em.getConnection();
  const ctx = em.getTransactionContext();
  if (ctx === undefined && !em.config.get('debug')) {
    const pool = await poolOf(connection);
    const statement = pool ? prepared(sql) : null;
    if (pool && statement) {
      const result = await pool.query({ name: statement.name, text: statement.text, values: [...params] });
      return result.rows as T[];
    }
  }
  return connection.execute<T[]>(sql, params as unknown[], 'all', ctx);
}

/** The pg pool behind a PostgreSQL connection; null for the embedded database. */
async function poolOf(connection: ReturnType<SqlEntityManager['getConnection']>): Promise<pg.Pool | null> {
  let pool = pools.get(connection);
  if (pool === undefined) {
    const native = (await connection.getNativeClient()) as Partial<pg.Pool> | undefined;
    pool = native && typeof native.query === 'function' && typeof native.totalCount === 'number' ? (native as pg.Pool) : null;
    pools.set(connection, pool);
  }
  return pool;
}

function prepared(sql: string): { text: string; name?: string } | null {
  let statement = statements.get(sql);
  if (statement === undefined) {
    const text = numbered(sql);
    const named = statements.size < MAX_NAMED;
    statement = text === undefined ? null : { text, name: named ? `regie_${createHash('sha1').update(text).digest('hex')}` : undefined };
    if (named) statements.set(sql, statement);
  }
  return statement;
}

/**
 * MikroORM's `?` placeholders as PostgreSQL's `$1, $2, …`, outside quoted literals and
 * identifiers; undefined for a text that holds `??` or `$` (dollar quoting, positional
 * parameters), which is left to MikroORM.
 */
export function numbered(sql: string): string | undefined {
  let out = '';
  let n = 0;
  let quote: string | null = null;
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i];
    if (quote) {
      if (c === quote) quote = null;
      out += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      out += c;
    } else if (c === '$' || (c === '?' && sql[i + 1] === '?')) {
      return undefined;
    } else if (c === '?') {
      out += `$${++n}`;
    } else {
      out += c;
    }
  }
  return quote ? undefined : out;
}
