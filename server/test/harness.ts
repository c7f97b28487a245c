import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { createServer, type RegieServer } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openDatabase, type Database } from '../src/database/orm.js';
import { DemoSeeder } from '../src/database/seeders/demo.seeder.js';
import { createLogger } from '../src/logger.js';
import { hashPassword } from '../src/modules/auth/password.js';
import { SessionTokens } from '../src/modules/auth/session.js';
import { Department } from '../src/modules/department/department.entity.js';
import { Person } from '../src/modules/person/person.entity.js';
import type { Role } from '../src/common/auth/permissions.js';

export interface GqlResult<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, any>; path?: string[] }[];
}

/** People of every role, with session tokens, in two departments: HOME (the lead's) and AWAY. */
export interface Actors {
  password: string;
  departments: { home: string; away: string };
  people: Record<'regie' | 'lead' | 'otherLead' | 'viewer', { id: string; email: string; token: string }>;
}

export interface TestServer {
  url: string;
  actors: Actors;
  sessions: SessionTokens;
  jwtSecret: string;
  db: Database;
  server: RegieServer;
  /** Runs an operation as the regie person unless another token (or null: anonymous) is given. */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** NODE_ENV of the server's config (default test). */
  nodeEnv?: 'test' | 'production';
  /** Force the embedded database even when DATABASE_URL is set. */
  embedded?: boolean;
  /** Every SQL statement, for tests that count them. */
  onQuery?: (sql: string) => void;
  /** Seed the demo organisation first (DESIGN §6); the test actors come beside it. */
  demo?: boolean;
  /** More environment for the server's config (e.g. REGIE_IMPORT_LIMIT). */
  env?: Record<string, string>;
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
  const jwtSecret = randomBytes(32).toString('hex');
  const config = loadConfig({ ...options.env, NODE_ENV: options.nodeEnv ?? 'test', REGIE_JWT_SECRET: jwtSecret });
  const sessions = new SessionTokens(jwtSecret, config.sessionMinutes);
  if (options.demo) await new DemoSeeder(TEST_PASSWORD).run(db.fork());
  const actors = await createActors(db, sessions);
  const server = await createServer({ config, db, logger: createLogger('error'), jwtSecret });
  const url = await server.listen(0, '127.0.0.1');
  return {
    url,
    actors,
    sessions,
    jwtSecret,
    db,
    server,
    async gql(query, variables, token = actors.people.regie.token) {
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

export const TEST_PASSWORD = 'correct horse battery staple';

async function createActors(db: Database, sessions: SessionTokens): Promise<Actors> {
  const em = db.fork();
  const home = em.create(Department, { name: 'Home Department', code: 'HOME' } as never);
  const away = em.create(Department, { name: 'Away Department', code: 'AWAY' } as never);
  const passwordHash = await hashPassword(TEST_PASSWORD);
  const person = (key: string, role: Role, department: Department | null) =>
    em.create(Person, { name: `Test ${key}`, email: `${key.toLowerCase()}@test.regie`, role, department, active: true, passwordHash } as never);
  const made = {
    regie: person('regie', 'REGIE', null),
    lead: person('lead', 'DEPARTMENT_LEAD', home),
    otherLead: person('otherLead', 'DEPARTMENT_LEAD', away),
    viewer: person('viewer', 'VIEWER', null),
  };
  await em.flush();
  const people = {} as Actors['people'];
  for (const [key, p] of Object.entries(made) as [keyof Actors['people'], Person][]) {
    people[key] = { id: String(p.id), email: p.email, token: await sessions.sign(p.id) };
  }
  return { password: TEST_PASSWORD, departments: { home: String(home.id), away: String(away.id) }, people };
}

/**
 * A fingerprint of every table's rows (minus the last-used time tokens update on every use, and
 * the scoring window counts, a cache the server rebuilds by itself), to assert that a refused
 * operation changed nothing. `except`: tables a refusal writes to by design (signIn records refused
 * tries in audit_entry and sign_in_attempt).
 */
export async function fingerprint(db: Database, options: { except?: readonly string[] } = {}): Promise<string> {
  const connection = db.orm.em.getConnection();
  const skipped = new Set(['stage_window_count', ...(options.except ?? [])]);
  const tables = [...db.orm.getMetadata().getAll().values()].filter(meta => !meta.abstract && !meta.embeddable).map(meta => meta.tableName).filter(table => !skipped.has(table)).sort();
  const parts: string[] = [];
  for (const table of tables) {
    const [row] = await connection.execute<{ digest: string }[]>(
      `select md5(coalesce(string_agg((to_jsonb(x) - 'last_used_at')::text, '|' order by (to_jsonb(x) - 'last_used_at')::text), '')) as digest from "${table}" x`,
    );
    parts.push(`${table}:${row.digest}`);
  }
  return parts.join(',');
}
