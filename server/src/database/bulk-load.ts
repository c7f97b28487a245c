import type { SqlEntityManager } from '@mikro-orm/sql';

/**
 * Runs a bulk load into `table` with its foreign keys, unique constraints and secondary indexes
 * set aside, and puts them back from their own definitions in the catalog afterwards (the
 * PostgreSQL manual's advice for populating a database): one index build and one validating join
 * per key, instead of an index insert and a key lookup per row. On the embedded database this
 * turns a 60,000-row load from seconds into a fraction. The primary key stays.
 *
 * Only inside a transaction (the keys come back, or nothing happened), and only for a table
 * nobody else writes meanwhile: the demo seed of an empty database, a benchmark's own database.
 */
export async function withoutKeysAndIndexes<T>(em: SqlEntityManager, table: string, load: () => Promise<T>): Promise<T> {
  const ctx = em.getTransactionContext();
  if (!ctx) throw new Error(`A bulk load into ${table} must run in a transaction`);
  const connection = em.getConnection();
  const run = <R>(sql: string, params: unknown[] = []) => connection.execute<R[]>(sql, params, 'all', ctx);
  const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

  const constraints = await run<{ name: string; definition: string; kind: string }>(
    `select conname as name, pg_get_constraintdef(oid) as definition, contype as kind
     from pg_constraint where conrelid = ?::regclass and contype in ('u', 'f') order by contype desc, conname`,
    [table],
  );
  // Indexes of their own, not those behind a constraint (those come back with it).
  const indexes = await run<{ name: string; definition: string }>(
    `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
     from pg_index i where i.indrelid = ?::regclass
       and not exists (select 1 from pg_constraint c where c.conrelid = i.indrelid and c.conindid = i.indexrelid)
     order by 1`,
    [table],
  );
  for (const c of constraints) await run(`alter table ${quoted(table)} drop constraint ${quoted(c.name)}`);
  for (const index of indexes) await run(`drop index ${index.name}`);

  const result = await load();

  // Unique constraints ('u', sorted first) and indexes before the foreign keys, which then validate by a join.
  for (const index of indexes) await run(index.definition);
  for (const c of constraints) await run(`alter table ${quoted(table)} add constraint ${quoted(c.name)} ${c.definition}`);
  return result;
}
