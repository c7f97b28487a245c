import { ReferenceKind, type EntityMetadata, type EntityName, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { BadUserInput, NotFound } from './errors.js';
import { readJson, withClause, type IdsPage, type ReadScope } from './json-read.js';
import { findOrFail, parseId } from './persistence.js';

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

  @Field(() => String, { nullable: true, description: 'Any scalar field of the type, or a field of a referenced record (`department.name`); default id.' })
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

/** A sort field spelled out as other sort fields, in order (e.g. a KPI period: its first day, then its last). */
export type SortAs = Readonly<Record<string, readonly string[]>>;

/**
 * Sortable fields come from the entity's metadata, so a new column is sortable at once: every
 * scalar property by its own name, every many-to-one by its id name (`departmentId`), and a
 * scalar of the record a many-to-one points at by the path to it (`department.name`,
 * `owner.name`: one level deep, never a hidden field), so that a column showing a reference sorts
 * by what it shows. Rows without the reference come last going up, first going down.
 */
function orderFor<T extends object>(em: SqlEntityManager, entity: EntityName<T>, args: ListArgs, sortAs: SortAs = {}): QueryOrderMap<T> {
  const meta = em.getMetadata().get(entity);
  const requested = args.sortField ?? 'id';
  const direction = (args.sortOrder ?? 'ASC').toUpperCase() === 'DESC' ? 'desc' : 'asc';
  const refuse = () => new BadUserInput('sortField', `Cannot sort ${meta.className} by "${requested.slice(0, 80)}"`);
  const scalar = (of: EntityMetadata, name: string) => of.props.find(p => p.kind === ReferenceKind.SCALAR && p.name === name && !p.hidden);
  const order: Record<string, unknown> = {};
  for (const field of Object.hasOwn(sortAs, requested) ? sortAs[requested] : [requested]) {
    const [first, second, ...deeper] = field.split('.');
    if (deeper.length > 0) throw refuse();
    if (second !== undefined) {
      const reference = meta.props.find(p => p.kind === ReferenceKind.MANY_TO_ONE && p.name === first && !p.hidden);
      const target = reference?.targetMeta && scalar(reference.targetMeta, second);
      if (!reference || !target) throw refuse();
      order[reference.name] = { [target.name]: direction };
      continue;
    }
    const prop = scalar(meta, first) ?? meta.props.find(p => p.kind === ReferenceKind.MANY_TO_ONE && `${p.name}Id` === first && !p.hidden);
    if (!prop) throw refuse();
    order[prop.name] = direction;
  }
  // A stable tie-break, so that pages never repeat or skip rows.
  if (!Object.hasOwn(order, 'id')) order.id = direction;
  return order as QueryOrderMap<T>;
}

/**
 * One page of a list. Given the query's `info`, the page is answered as the plain objects the
 * client asked for, built by one SQL statement (json-read.ts); without it, or for a selection that
 * needs them, as entities.
 */
export async function findPage<T extends object>(scope: ReadScope, entity: EntityName<T>, where: FilterQuery<T>, args: ListArgs, info?: GraphQLResolveInfo, sortAs?: SortAs): Promise<T[]> {
  const { em } = scope;
  // Without perPage (react-admin's getMany sends only `filter: { ids }`) a caller wants them all.
  const perPage = args.perPage ?? MAX_PER_PAGE;
  const orderBy = orderFor(em, entity, args, sortAs);
  const offset = (args.page ?? 0) * perPage;
  if (info) {
    const rows = await readJson(scope, entity, info, { where: where as FilterQuery<object>, orderBy: orderBy as QueryOrderMap<object>, limit: perPage, offset });
    // Plain objects that GraphQL reads like the entities (see servePrefetched).
    if (rows) return rows as T[];
  }
  return em.find(entity, where as never, { orderBy: orderBy as never, limit: perPage, offset });
}

/** One record for a query (`Kpi(id)`), the same way: one statement, or the entity when needed. */
export async function findForRead<T extends object>(scope: ReadScope, entity: EntityName<T>, id: string | number, info: GraphQLResolveInfo): Promise<T> {
  const { em } = scope;
  const rows = await readJson(scope, entity, info, { where: { id: parseId(id) }, orderBy: { id: 'asc' }, limit: 1 });
  if (rows === undefined) return findOrFail(em, entity, id);
  if (rows.length === 0) throw new NotFound(em.getMetadata().get(entity).className, id);
  return rows[0] as T;
}

/** The page sizes of ListArgs: rows per page (all up to MAX_PER_PAGE when omitted) and the offset. */
export function pageOf(args: ListArgs): { limit: number; offset: number } {
  const limit = args.perPage ?? MAX_PER_PAGE;
  return { limit, offset: (args.page ?? 0) * limit };
}

/** A page whose ids come in the order of hand-written SQL: as plain objects when the selection allows, else as entities in that order. */
export async function findPageByIds<T extends object>(scope: ReadScope, entity: EntityName<T>, ids: IdsPage, info?: GraphQLResolveInfo): Promise<T[]> {
  const { em } = scope;
  if (info) {
    const rows = await readJson(scope, entity, info, ids);
    if (rows) return rows as T[];
  }
  const statement = `${withClause(ids.with ?? [])}${ids.sql}`;
  const found = await em.getConnection().execute<{ id: number }[]>(statement, ids.params as unknown[], 'all', em.getTransactionContext());
  const order = found.map(row => Number(row.id));
  const entities = await em.find(entity, { id: { $in: order } } as never);
  const byId = new Map(entities.map(e => [(e as unknown as { id: number }).id, e]));
  return order.map(id => byId.get(id)).filter((e): e is NonNullable<typeof e> => e !== undefined) as T[];
}

export async function countAll<T extends object>(em: SqlEntityManager, entity: EntityName<T>, where: FilterQuery<T>): Promise<ListMetadata> {
  return { count: await em.count(entity, where as never) };
}
