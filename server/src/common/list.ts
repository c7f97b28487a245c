import { ReferenceKind, type EntityName, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { BadUserInput } from './errors.js';

/** The most rows one page may hold (react-admin's export asks for 1000). */
export const MAX_PER_PAGE = 1000;

/** The list arguments of ra-data-graphql-simple: `page` counts from 0. */
@ArgsType()
export class ListArgs {
  @Field(() => Int, { nullable: true, description: 'Page number, from 0.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  page?: number;

  @Field(() => Int, { nullable: true, description: `Rows per page, 1 to ${MAX_PER_PAGE}; all rows up to ${MAX_PER_PAGE} when omitted.` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PER_PAGE)
  perPage?: number;

  @Field(() => String, { nullable: true, description: 'Any scalar field of the type; default id.' })
  @IsOptional()
  sortField?: string;

  @Field(() => String, { nullable: true, description: 'ASC or DESC.' })
  @IsOptional()
  @IsIn(['ASC', 'DESC', 'asc', 'desc'])
  sortOrder?: string;
}

@ObjectType()
export class ListMetadata {
  @Field(() => Int)
  count!: number;
}

/** Escapes LIKE wildcards, so that "50%" means the text "50%" (an ILIKE on it is a case-insensitive equality). */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, c => `\\${c}`);

/** A LIKE pattern finding `text` anywhere. */
export const likePattern = (text: string): string => `%${escapeLike(text)}%`;

/** `q` matched case-insensitively against any of the given text fields. */
export function textSearch<T>(q: string | undefined | null, fields: (keyof T & string)[]): FilterQuery<T> | undefined {
  const term = q?.trim();
  if (!term) return undefined;
  const pattern = likePattern(term);
  return { $or: fields.map(field => ({ [field]: { $ilike: pattern } })) } as FilterQuery<T>;
}

/** Combines filter parts, ignoring the absent ones. */
export function allOf<T>(...parts: (FilterQuery<T> | undefined)[]): FilterQuery<T> {
  const present = parts.filter((p): p is FilterQuery<T> => p !== undefined);
  if (present.length === 0) return {} as FilterQuery<T>;
  return (present.length === 1 ? present[0] : { $and: present }) as FilterQuery<T>;
}

/**
 * Sortable fields come from the entity's metadata: every scalar property by its own name and
 * every many-to-one by its id name (`departmentId`), so a new column is sortable at once.
 */
function orderFor<T extends object>(em: SqlEntityManager, entity: EntityName<T>, args: ListArgs): QueryOrderMap<T> {
  const meta = em.getMetadata().get(entity);
  const requested = args.sortField ?? 'id';
  const direction = (args.sortOrder ?? 'ASC').toUpperCase() === 'DESC' ? 'desc' : 'asc';
  const prop = meta.props.find(p =>
    p.kind === ReferenceKind.SCALAR ? p.name === requested && !p.hidden : p.kind === ReferenceKind.MANY_TO_ONE && `${p.name}Id` === requested,
  );
  if (!prop) throw new BadUserInput('sortField', `Cannot sort ${meta.className} by "${requested}"`);
  const order = { [prop.name]: direction } as QueryOrderMap<T>;
  // A stable tie-break, so that pages never repeat or skip rows.
  return prop.name === 'id' ? order : ({ ...order, id: direction } as QueryOrderMap<T>);
}

export async function findPage<T extends object>(
  em: SqlEntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  args: ListArgs,
  populate: readonly string[] = [],
): Promise<T[]> {
  // Without perPage (react-admin's getMany sends only `filter: { ids }`) a caller wants them all.
  const perPage = args.perPage ?? MAX_PER_PAGE;
  return em.find(entity, where as never, {
    orderBy: orderFor(em, entity, args) as never,
    limit: perPage,
    offset: (args.page ?? 0) * perPage,
    populate: populate as never,
  });
}

export async function countAll<T extends object>(em: SqlEntityManager, entity: EntityName<T>, where: FilterQuery<T>): Promise<ListMetadata> {
  return { count: await em.count(entity, where as never) };
}
