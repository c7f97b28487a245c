import { ReferenceKind, type EntityClass } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { BadUserInput } from './errors.js';

/** "1 initiative", "4 journey stages", "2 people": how referencing records are counted in a refusal. */
function counted(className: string, count: number): string {
  const words = className.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  if (count === 1) return `1 ${words}`;
  if (words === 'person') return `${count} people`;
  return `${count} ${words.replace(/([^aeiou])y$/, '$1ie')}s`;
}

/**
 * Refuses to delete a record that others still point at, naming them ("Department 3 is still
 * used by 4 initiatives, 2 people (as department)"). Read from the metadata, so a new relation is
 * covered the day it is mapped. `ignore` lists relations the delete itself takes care of (cascades).
 */
export async function assertUnreferenced<T extends object>(
  em: SqlEntityManager,
  entity: EntityClass<T>,
  id: number,
  ignore: readonly string[] = [],
): Promise<void> {
  const target = em.getMetadata().get(entity);
  const uses: string[] = [];
  for (const meta of em.getMetadata().getAll().values()) {
    if (meta.pivotTable || meta.embeddable || meta.abstract) continue;
    for (const prop of meta.props) {
      const points = prop.targetMeta?.class === target.class;
      const owning = prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.MANY_TO_MANY && prop.owner);
      const name = `${meta.className}.${prop.name}`;
      if (!points || !owning || ignore.includes(name)) continue;
      const count = await em.count(meta.class, { [prop.name]: id } as never);
      if (count > 0) uses.push(`${counted(meta.className, count)} (as ${prop.name})`);
    }
  }
  if (uses.length > 0) {
    throw new BadUserInput('id', `${target.className} ${id} is still used by ${uses.join(', ')}; change or delete those first`);
  }
}
