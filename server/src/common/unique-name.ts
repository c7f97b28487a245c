import type { EntityClass } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { BadUserInput } from './errors.js';
import { escapeLike } from './list.js';

/**
 * Names of the catalogues (channels, segments) are unique regardless of case. Their unique index
 * on lower(name) decides under races; this answers first, naming the field, without a failed insert.
 */
export async function assertNameFree<T extends { id: number; name: string }>(
  em: SqlEntityManager,
  entity: EntityClass<T>,
  name: string,
  message: string,
  exceptId?: number,
): Promise<void> {
  const where = { name: { $ilike: escapeLike(name) }, ...(exceptId ? { id: { $ne: exceptId } } : {}) };
  if ((await em.count(entity, where as never)) > 0) throw new BadUserInput('name', message);
}
