import 'reflect-metadata';
import { DataloaderType } from '@mikro-orm/core';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import { MikroORM as PgliteMikroORM } from '@mikro-orm/pglite';
import { MikroORM as PostgresMikroORM } from '@mikro-orm/postgresql';
import type { SqlEntityManager, SqlMikroORM, Options } from '@mikro-orm/sql';
import { mkdir } from 'node:fs/promises';
import { AuditSubscriber } from '../modules/audit/audit.js';
import { entities } from './entities.js';
import { migrationsList } from './migrations/index.js';
import { SerialGate } from './serial-gate.js';

export interface DatabaseOptions {
  /** A PostgreSQL URL; without one, the embedded database is used. */
  databaseUrl?: string;
  /** The embedded database's directory, or `memory://` for a throwaway one. */
  dataDir: string;
  statementTimeoutMs: number;
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

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const embedded = !options.databaseUrl;
  let orm: SqlMikroORM;
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
      driverOptions: { statement_timeout: options.statementTimeoutMs, options: '-c jit=off' },
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
      const applied = await migrator.up();
      return applied.map(m => m.name);
    },
    async pendingMigrations() {
      return (await migrator.getPending()).map(m => m.name);
    },
    async ping() {
      await orm.em.getConnection().execute('select 1');
    },
    close: () => orm.close(true),
  };
}
