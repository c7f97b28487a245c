import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { createServer, type RegieServer } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openDatabase, type Database } from '../src/database/orm.js';
import { createLogger } from '../src/logger.js';

export interface GqlResult<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, any>; path?: string[] }[];
}

export interface TestServer {
  url: string;
  db: Database;
  server: RegieServer;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** Force the embedded database even when DATABASE_URL is set. */
  embedded?: boolean;
  /** Every SQL statement, for tests that count them. */
  onQuery?: (sql: string) => void;
}

/** A database of its own for one test file: a fresh PostgreSQL database, or an in-memory PGlite. */
async function freshDatabase(options: TestServerOptions): Promise<{ db: Database; drop: () => Promise<void> }> {
  const adminUrl = options.embedded ? undefined : process.env.DATABASE_URL;
  if (!adminUrl) {
    const db = await openDatabase({ dataDir: 'memory://', statementTimeoutMs: 30_000, onQuery: options.onQuery });
    return { db, drop: async () => undefined };
  }
  const name = `regie_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: url.toString(), dataDir: 'memory://', statementTimeoutMs: 30_000, onQuery: options.onQuery });
  return {
    db,
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists "${name}" with (force)`);
      await client.end();
    },
  };
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const { db, drop } = await freshDatabase(options);
  await db.migrate();
  const config = loadConfig({ NODE_ENV: 'test' });
  const server = await createServer({ config, db, logger: createLogger('error') });
  const url = await server.listen(0, '127.0.0.1');
  return {
    url,
    db,
    server,
    async gql(query, variables, token) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as GqlResult;
      return { status: response.status, data: body.data, errors: body.errors } as never;
    },
    async close() {
      await server.stop();
      await db.close();
      await drop();
    },
  };
}

/** The single error of a result, asserting that there is exactly one. */
export function onlyError(result: GqlResult): { message: string; code: string; field?: string; extensions: Record<string, any> } {
  if (!result.errors || result.errors.length !== 1) {
    throw new Error(`expected exactly one error, got ${JSON.stringify(result.errors ?? result.data)}`);
  }
  const [error] = result.errors;
  return { message: error.message, code: error.extensions?.code, field: error.extensions?.field, extensions: error.extensions ?? {} };
}
