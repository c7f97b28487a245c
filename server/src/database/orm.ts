import 'reflect-metadata';
import { DataloaderType } from '@mikro-orm/core';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import { MikroORM as PgliteMikroORM } from '@mikro-orm/pglite';
import { MikroORM as PostgresMikroORM } from '@mikro-orm/postgresql';
import type { SqlEntityManager, SqlMikroORM, Options } from '@mikro-orm/sql';
import { mkdir } from 'node:fs/promises';
import type pg from 'pg';
import { AuditSubscriber } from '../modules/audit/audit.js';
import { guardPool } from './connection-guard.js';
import { entities } from './entities.js';
import { migrationsList } from './migrations/index.js';
import { SerialGate } from './serial-gate.js';

export interface DatabaseOptions {
  /** A PostgreSQL URL; without one, the embedded database is used. */
  databaseUrl?: string;
  /** The embedded database's directory, or `memory://` for a throwaway one. */
  dataDir: string;
  statementTimeoutMs: number;
  /**
   * PostgreSQL only: the longest wait for a connection (connecting, or for a free pooled one),
   * for an answer beyond the statement timeout, and for the readiness ping; past it the database
   * counts as unreachable and the call fails at once instead of hanging. Default 10 s.
   */
  databaseTimeoutMs?: number;
  /** Called with every SQL statement run; tests count statements with it. */
  onQuery?: (sql: string) => void;
}

export interface Database {
  readonly orm: SqlMikroORM;
  readonly embedded: boolean;
  /** Present on the embedded database only: all access must pass through it. */
  readonly gate?: SerialGate;
  /** A fresh EntityManager for one unit of work (one request, one job). */
  fork(): SqlEntityManager;
  migrate(): Promise<string[]>;
  pendingMigrations(): Promise<string[]>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export function ormOptions(options: DatabaseOptions): Options {
  return {
    entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    // Entity properties are explicit; no ts-morph, no folder scanning, same in src and dist.
    discovery: { warnWhenNoEntities: true },
    migrations: {
      migrationsList,
      snapshot: false,
      transactional: true,
      allOrNothing: true,
      silent: true,
    },
    subscribers: [new AuditSubscriber()],
    // Reference.load() calls of one tick become one query: no N+1 in field resolvers.
    dataloader: DataloaderType.ALL,
    allowGlobalContext: false,
    forceUtcTimezone: true,
    debug: options.onQuery ? ['query'] : false,
    logger: options.onQuery ? message => options.onQuery?.(message) : () => undefined,
  };
}

/** The advisory lock Regie processes take turns under to migrate one PostgreSQL database. */
const MIGRATION_LOCK = 0x5265_6769; // 'Regi'

/**
 * Runs `work` while holding a PostgreSQL advisory lock on a connection of its own, so that two
 * processes starting at once on one database (two replicas) do not run the same migrations side
 * by side: the second waits, then finds nothing pending. Asked for every 200 ms rather than
 * waited for in one statement, which the statement timeout would cancel during a long migration.
 */
async function oneAtATime<T>(orm: SqlMikroORM, work: () => Promise<T>): Promise<T> {
  const pool = (await orm.em.getConnection().getNativeClient()) as pg.Pool;
  const client = await pool.connect();
  try {
    while (!(await client.query<{ locked: boolean }>('select pg_try_advisory_lock($1) as locked', [MIGRATION_LOCK])).rows[0].locked) {
      await new Promise(resolve => setTimeout(resolve, 200));
    }
    try {
      return await work();
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const embedded = !options.databaseUrl;
  let orm: SqlMikroORM;
  const timeoutMs = options.databaseTimeoutMs ?? 10_000;
  if (embedded) {
    if (options.dataDir !== 'memory://') await mkdir(options.dataDir, { recursive: true });
    orm = await PgliteMikroORM.init({ ...ormOptions(options), dbName: options.dataDir } as never);
  } else {
    orm = await PostgresMikroORM.init({
      ...ormOptions(options),
      clientUrl: options.databaseUrl,
      // No JIT: Regie's statements are short, and the estimated cost of a scored read (with the
      // fallback branches it never runs) passes jit_above_cost, so PostgreSQL would spend 100+ ms
      // compiling a statement that runs in 30.
      driverOptions: {
        statement_timeout: options.statementTimeoutMs,
        options: '-c jit=off',
        // A transaction is never left waiting on a client: one whose connection was lost (Regie's
        // host gone, the network cut mid-request) is rolled back by PostgreSQL, its locks freed.
        idle_in_transaction_session_timeout: options.statementTimeoutMs + timeoutMs,
        connectionTimeoutMillis: timeoutMs,
        onPoolCreated: (pool: pg.Pool) => guardPool(pool, { statementTimeoutMs: options.statementTimeoutMs, graceMs: timeoutMs }),
      },
    } as never);
  }
  const gate = embedded ? new SerialGate() : undefined;
  const migrator = orm.migrator;
  return {
    orm,
    embedded,
    gate,
    fork: () => orm.em.fork() as SqlEntityManager,
    async migrate() {
      const applied = embedded ? await migrator.up() : await oneAtATime(orm, () => migrator.up());
      return applied.map(m => m.name);
    },
    async pendingMigrations() {
      return (await migrator.getPending()).map(m => m.name);
    },
    async ping() {
      // Readiness answers within the timeout even when a dead connection would hold the ping longer.
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)));
      const ping = orm.em.getConnection().execute('select 1');
      ping.catch(() => undefined);
      try {
        await Promise.race([ping, late]);
      } finally {
        clearTimeout(timer);
      }
    },
    close: () => orm.close(true),
  };
}
