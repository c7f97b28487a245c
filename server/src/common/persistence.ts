import { DriverException, ForeignKeyConstraintViolationException, OptimisticLockError, UniqueConstraintViolationException, type EntityName } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { BadUserInput, Conflict, NotFound } from './errors.js';

interface Versioned {
  id: number;
  version: number;
}

/** Ids are GraphQL `ID`s (strings) holding positive integers. */
export function parseId(value: string | number, field = 'id'): number {
  const text = String(value).trim();
  if (!/^\d{1,15}$/.test(text) || Number(text) < 1) {
    throw new BadUserInput(field, `${field} must be the id of an existing record (got "${String(value).slice(0, 40)}")`);
  }
  return Number(text);
}

export async function findOrFail<T extends object>(
  em: SqlEntityManager,
  entity: EntityName<T>,
  id: string | number,
  options: { field?: string; populate?: readonly string[] } = {},
): Promise<T> {
  const found = await em.findOne(entity, { id: parseId(id, options.field) } as never, { populate: (options.populate ?? []) as never });
  if (!found) {
    throw options.field && options.field !== 'id'
      ? new BadUserInput(options.field, `${options.field}: ${entityLabel(em, entity)} ${id} does not exist`)
      : new NotFound(entityLabel(em, entity), id);
  }
  return found;
}

/**
 * A copy of a record about to be deleted, for the mutation's answer (react-admin expects the
 * deleted record back); the entity itself is emptied by the flush that deletes it.
 */
export const detachedCopy = <T extends object>(entity: T): T => Object.assign(Object.create(Object.getPrototypeOf(entity)) as T, entity);

/** The client edited `expected`; anything else means someone changed the record meanwhile. */
export function assertVersion(em: SqlEntityManager, entity: Versioned, expected: number): void {
  if (entity.version !== expected) {
    throw new Conflict(entity.constructor.name, entity.id, entity.version);
  }
}

/**
 * Flushes and turns database refusals into typed errors: a unique constraint named in `uniques`
 * becomes BAD_USER_INPUT on its field, a lost optimistic-lock race becomes CONFLICT.
 */
export async function flushChecked(em: SqlEntityManager, uniques: Record<string, { field: string; message: string }> = {}): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    throw await translateWriteError(em, error, uniques);
  }
}

/** Fields of PostgreSQL's error report that the driver error carries (pg and PGlite alike). */
interface DatabaseErrorFields {
  constraint?: string;
  table?: string;
}

/** The constraint a refused write broke (unique, foreign key, check, not null), by its name. */
export function violatedConstraint(error: unknown): string | undefined {
  return error instanceof DriverException ? (error as DatabaseErrorFields).constraint : undefined;
}

/**
 * A delete refused because rows still point at the record: foreign_key_violation (23503), or
 * restrict_violation (23001), which PostgreSQL 17 (docker-compose's, PGlite) raises for ON DELETE
 * RESTRICT where 15 raised 23503, and which MikroORM leaves a plain DriverException.
 */
const isReferenceViolation = (error: unknown): error is DriverException =>
  error instanceof ForeignKeyConstraintViolationException || (error instanceof DriverException && error.code === '23001');

export async function translateWriteError(
  em: SqlEntityManager,
  error: unknown,
  uniques: Record<string, { field: string; message: string }>,
): Promise<unknown> {
  // Told apart by SQLSTATE (MikroORM picks the exception class by it) and by the constraint and
  // table PostgreSQL names in the error's fields, never by the message, whose words depend on the
  // server's language and version.
  if (error instanceof UniqueConstraintViolationException) {
    const constraint = violatedConstraint(error);
    const hit = constraint !== undefined && Object.hasOwn(uniques, constraint) ? uniques[constraint] : undefined;
    if (hit) return new BadUserInput(hit.field, hit.message);
  }
  if (isReferenceViolation(error)) {
    // A record was deleted while something started pointing at it (the checks before a delete
    // normally say this with names; this is the race between check and delete). `table` is the
    // table holding the reference.
    const { table } = error as DatabaseErrorFields;
    return new BadUserInput('id', `This record is still used${table ? ` by ${table.replace(/_/g, ' ')} records` : ''}; change or delete those first`);
  }
  if (error instanceof OptimisticLockError && error.entity) {
    const stale = error.entity as unknown as Versioned;
    const name = stale.constructor.name;
    // On the request's own connection and transaction (a new statement sees the winner's commit):
    // asking the pool for a second connection while this transaction holds one can deadlock a
    // full pool under a burst of concurrent edits.
    const meta = em.getMetadata().find(stale.constructor as EntityName<object>);
    const rows = meta
      ? await em.getConnection().execute<{ version: number }[]>(`select version from "${meta.tableName}" where id = ?`, [stale.id], 'all', em.getTransactionContext())
      : [];
    return new Conflict(name, stale.id, rows[0] ? Number(rows[0].version) : stale.version);
  }
  return error;
}

function entityLabel<T extends object>(em: SqlEntityManager, entity: EntityName<T>): string {
  return em.getMetadata().find(entity)?.className ?? 'Record';
}
