import { TransactionPropagation, type Collection, type EntityClass } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { BadUserInput } from './errors.js';
import { parseId } from './persistence.js';

/**
 * The records of a list of ids (`segmentIds`, `channelIds`), in id order, each once; an unknown
 * id is BAD_USER_INPUT on `field`, as findOrFail does for a single reference.
 */
export async function findAllOrFail<T extends { id: number }>(
  em: SqlEntityManager,
  entity: EntityClass<T>,
  ids: readonly string[],
  field: string,
): Promise<T[]> {
  const wanted = [...new Set(ids.map(id => parseId(id, field)))];
  if (wanted.length === 0) return [];
  const found = await em.find(entity, { id: { $in: wanted } } as never, { orderBy: { id: 'asc' } as never });
  const missing = wanted.find(id => !found.some(record => record.id === id));
  if (missing !== undefined) {
    throw new BadUserInput(field, `${field}: ${em.getMetadata().get(entity).className} ${missing} does not exist`);
  }
  return found;
}

/**
 * Makes a many-to-many collection hold exactly `items`. A changed set is a change of its owner,
 * but only the pivot table would show it: touching updatedAt bumps the owner's version too, so
 * that a concurrent edit of the same record is refused as CONFLICT.
 */
export async function replaceItems<T extends object>(owner: { updatedAt: Date }, collection: Collection<T>, items: readonly T[]): Promise<void> {
  const current: readonly T[] = (await collection.load()).getItems();
  if (current.length === items.length && items.every(item => current.includes(item))) return;
  collection.set(items as T[]);
  owner.updatedAt = new Date();
}

/**
 * Runs `work` in the mutation's transaction: the audit middleware opens one around every
 * mutation, and it is joined, not nested. A savepoint (MikroORM's default) would run `work` on a
 * forked EntityManager whose entities are merged back afterwards, so the audit trail and the
 * caller would see copies; it buys nothing here, as any failure rolls the whole mutation back.
 * Without a surrounding transaction (a script, a seeder) one is opened.
 */
export function inTransaction<T>(em: SqlEntityManager, work: (em: SqlEntityManager) => Promise<T>): Promise<T> {
  return em.transactional(tx => work(tx as SqlEntityManager), { propagation: TransactionPropagation.REQUIRED });
}
