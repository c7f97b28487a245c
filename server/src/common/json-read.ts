import { ReferenceKind, type EntityMetadata, type EntityName, type EntityProperty, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sql';
import {
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  Kind,
  getNamedType,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { Extensions } from 'type-graphql';
import { queryRows } from '../database/prepared.js';

/**
 * The read path of lists and single records: the selection the client asked for becomes one SQL
 * statement that builds the whole answer as JSON in PostgreSQL (the way PostGraphile and
 * join-monster answer), so no entity is hydrated and no statement runs per row or per relation.
 * The same filters, sort rules, permission checks and typed errors apply as before: the services
 * still build the `where`, MikroORM's QueryBuilder still turns it into SQL, and only the columns
 * and relations of the answer are built here.
 *
 * What it reads from: the GraphQL schema (which fields were asked for, their types) and MikroORM's
 * metadata (tables, columns, foreign keys, pivot tables), so a new column or relation is served the
 * day it is mapped. Fields it cannot build (arguments, computed values without an SQL hint) make
 * the whole request take the entity path, which is slower but answers the same.
 */

/** How a field is read in SQL when its name alone does not say (see `SqlRead`). */
export interface SqlReadHint {
  /** Order of a collection, as columns of the related table (`position`, `at desc`). */
  orderBy?: readonly string[];
  /**
   * A list of the rows of another entity that point at this one, for a field that is not a mapped
   * collection: `{ entity: 'Decision', via: 'initiative' }`.
   */
  pointedAtBy?: { entity: string; via: string };
  /** A computed field: its SQL, given the alias of the row's table. */
  expression?: (alias: string) => string;
  /** CTEs (without `with`) the expression reads, for the request's scope; the same text is included once. */
  with?: (scope: ReadScope) => string;
}

/** What a read needs of the request: its EntityManager and the organisation's calendar. */
export interface ReadScope {
  em: SqlEntityManager;
  timeZone: string;
}

/** Declares how a field is read in SQL: the order of a collection, or a computed value. */
export const SqlRead = (hint: SqlReadHint) => Extensions({ sqlRead: hint });

/** Answers built here are plain objects; entities have a class. */
const isPrefetched = (root: unknown): root is Record<string, unknown> =>
  root !== null && typeof root === 'object' && Object.getPrototypeOf(root) === Object.prototype;

/**
 * Lets every field of an object type answer from a prebuilt JSON object at once, skipping its
 * field resolver and the middleware around it; entities still go through them. Applied to the
 * built schema once.
 */
export function servePrefetched(schema: GraphQLSchema): GraphQLSchema {
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || roots.has(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const original = field.resolve;
      if (!original) continue;
      const name = field.name;
      field.resolve = (root, args, context, info) => (isPrefetched(root) ? root[name] : original(root, args, context, info));
    }
  }
  return schema;
}

class Unsupported extends Error {}

interface Selected {
  field: GraphQLField<unknown, unknown>;
  /** Sub-selections of every alias of the field, merged. */
  selections: SelectionSetNode[];
}

/** The fields asked of an object type, by name (aliases of one field share its value). */
function collect(info: GraphQLResolveInfo, type: GraphQLObjectType, sets: readonly SelectionSetNode[]): Map<string, Selected> {
  const fields = new Map<string, Selected>();
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.directives?.length) throw new Unsupported('directives');
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name === '__typename') continue;
        const field = type.getFields()[name];
        if (!field) throw new Unsupported(`unknown field ${name}`);
        if (selection.arguments?.length) throw new Unsupported(`arguments on ${type.name}.${name}`);
        const entry = fields.get(name) ?? { field, selections: [] };
        if (selection.selectionSet) entry.selections.push(selection.selectionSet);
        fields.set(name, entry);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (selection.typeCondition && selection.typeCondition.name.value !== type.name) throw new Unsupported('fragment on another type');
        visit(selection.selectionSet);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (!fragment || fragment.typeCondition.name.value !== type.name) throw new Unsupported('fragment on another type');
        visit(fragment.selectionSet);
      }
    }
  };
  sets.forEach(visit);
  return fields;
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

const unwrap = (type: GraphQLOutputType): { list: boolean; named: ReturnType<typeof getNamedType> } => {
  const inner = type instanceof GraphQLNonNull ? type.ofType : type;
  return { list: inner instanceof GraphQLList, named: getNamedType(type) };
};

/** Adds CTE text to `ctes` under the name of its first CTE, unless a part of that name is there (a name is defined once). */
function addCte(ctes: Map<string, string>, sql: string): void {
  const name = /^\s*(\w+)/.exec(sql)?.[1] ?? sql;
  if (!ctes.has(name)) ctes.set(name, sql);
}

/** A `with` clause of the given CTE parts, each name defined once (the first part of a name wins). */
export function withClause(parts: readonly string[]): string {
  const ctes = new Map<string, string>();
  for (const part of parts) addCte(ctes, part);
  return ctes.size > 0 ? `with ${[...ctes.values()].join(',\n')}\n` : '';
}

/** Builds the SQL of one statement; aliases are unique within it. */
class JsonBuilder {
  private aliases = 0;
  /** CTEs the asked fields need, in the order first needed, by the name of their first CTE (a name is defined once). */
  readonly ctes = new Map<string, string>();

  addCte(sql: string): void {
    addCte(this.ctes, sql);
  }
  private readonly em: SqlEntityManager;

  constructor(
    private readonly info: GraphQLResolveInfo,
    private readonly scope: ReadScope,
  ) {
    this.em = scope.em;
  }

  private alias(): string {
    return `j${this.aliases++}`;
  }

  private metaOf(typeName: string): EntityMetadata {
    const meta = this.em.getMetadata().getByClassName(typeName, false);
    if (!meta || meta.embeddable || meta.abstract) throw new Unsupported(`no table for ${typeName}`);
    return meta;
  }

  /** `json_build_object(...)` of the asked fields of one row of `meta` aliased `alias`. */
  object(typeName: string, alias: string, sets: readonly SelectionSetNode[]): string {
    const type = this.info.schema.getType(typeName);
    if (!(type instanceof GraphQLObjectType)) throw new Unsupported(`${typeName} is not an object type`);
    const meta = this.metaOf(typeName);
    const pairs: string[] = [];
    for (const [name, selected] of collect(this.info, type, sets)) {
      pairs.push(`${literal(name)}, ${this.field(meta, type, alias, name, selected)}`);
    }
    // json_build_object takes at most 100 arguments; wider objects are joined as jsonb.
    if (pairs.length === 0) return "'{}'::json";
    if (pairs.length <= 50) return `json_build_object(${pairs.join(', ')})`;
    const chunks: string[] = [];
    for (let i = 0; i < pairs.length; i += 50) chunks.push(`jsonb_build_object(${pairs.slice(i, i + 50).join(', ')})`);
    return `(${chunks.join(' || ')})`;
  }

  private field(meta: EntityMetadata, type: GraphQLObjectType, alias: string, name: string, selected: Selected): string {
    const hint = selected.field.extensions?.sqlRead as SqlReadHint | undefined;
    if (hint?.expression) {
      if (hint.with) this.addCte(hint.with(this.scope));
      return hint.expression(alias);
    }
    const { list, named } = unwrap(selected.field.type);
    if (!named) throw new Unsupported(`${type.name}.${name}`);
    const prop = meta.properties[name as never] as EntityProperty | undefined;
    if (prop && !prop.hidden) {
      if (prop.kind === ReferenceKind.SCALAR) return this.scalar(prop, alias, named.name);
      const target = named.name;
      if (prop.kind === ReferenceKind.MANY_TO_ONE && !list) return this.reference(prop, alias, target, selected.selections);
      if (list && (prop.kind === ReferenceKind.ONE_TO_MANY || prop.kind === ReferenceKind.MANY_TO_MANY)) {
        return this.collection(meta, prop, alias, hint, inner => this.object(target, inner, selected.selections));
      }
    }
    if (hint?.pointedAtBy && list) {
      const source = this.metaOf(hint.pointedAtBy.entity);
      const via = source.properties[hint.pointedAtBy.via as never] as EntityProperty | undefined;
      if (via?.kind !== ReferenceKind.MANY_TO_ONE) throw new Unsupported(`${type.name}.${name}`);
      return this.rows(source, `${via.fieldNames[0]}`, alias, hint, inner => this.object(named.name, inner, selected.selections));
    }
    // `departmentId` beside `department`; `stageIds` beside `stages`.
    const one = name.endsWith('Id') ? (meta.properties[name.slice(0, -2) as never] as EntityProperty | undefined) : undefined;
    if (one?.kind === ReferenceKind.MANY_TO_ONE && !list) return `(${alias}.${quote(one.fieldNames[0])})::text`;
    const many = name.endsWith('Ids') ? (meta.properties[`${name.slice(0, -3)}s` as never] as EntityProperty | undefined) : undefined;
    if (many && list && (many.kind === ReferenceKind.ONE_TO_MANY || many.kind === ReferenceKind.MANY_TO_MANY)) {
      return this.collection(meta, many, alias, hint ?? (type.getFields()[`${name.slice(0, -3)}s`]?.extensions?.sqlRead as SqlReadHint | undefined), inner => `${inner}.id::text`);
    }
    throw new Unsupported(`${type.name}.${name}`);
  }

  private scalar(prop: EntityProperty, alias: string, graphqlType: string): string {
    const column = `${alias}.${quote(prop.fieldNames[0])}`;
    if (graphqlType === 'ID') return `(${column})::text`;
    const columnType = (prop.columnTypes?.[0] ?? String(prop.type)).toLowerCase();
    // The same text as JavaScript's Date#toISOString, which the entity path answers.
    if (columnType.startsWith('timestamp') || prop.type === 'datetime') return `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
    if (columnType === 'bigint') return `(${column})::text`;
    return column;
  }

  private reference(prop: EntityProperty, alias: string, target: string, sets: readonly SelectionSetNode[]): string {
    const targetMeta = this.metaOf(target);
    const inner = this.alias();
    return `(select ${this.object(target, inner, sets)} from ${quote(targetMeta.tableName)} ${inner} where ${inner}.id = ${alias}.${quote(prop.fieldNames[0])})`;
  }

  /** A JSON array of the related rows, each built by `element`, in the hinted order (else by id). */
  private collection(meta: EntityMetadata, prop: EntityProperty, alias: string, hint: SqlReadHint | undefined, element: (inner: string) => string): string {
    const targetMeta = prop.targetMeta;
    if (!targetMeta) throw new Unsupported(`${meta.className}.${prop.name}`);
    if (prop.kind === ReferenceKind.ONE_TO_MANY) {
      const back = targetMeta.properties[prop.mappedBy as never] as EntityProperty;
      return this.rows(targetMeta, back.fieldNames[0], alias, hint, element);
    }
    // The owning side names the pivot table; the inverse side reads it the other way round.
    const owner = prop.owner ? prop : (targetMeta.properties[prop.mappedBy as never] as EntityProperty);
    const [mine, theirs] = prop.owner ? [owner.joinColumns[0], owner.inverseJoinColumns[0]] : [owner.inverseJoinColumns[0], owner.joinColumns[0]];
    const pivot = this.alias();
    const inner = this.alias();
    return `coalesce((select json_agg(${element(inner)} order by ${this.order(inner, hint)}) from ${quote(owner.pivotTable)} ${pivot}
      join ${quote(targetMeta.tableName)} ${inner} on ${inner}.id = ${pivot}.${quote(theirs)} where ${pivot}.${quote(mine)} = ${alias}.id), '[]'::json)`;
  }

  /** The rows of `meta` whose `column` holds the id of `alias`'s row, as a JSON array. */
  private rows(meta: EntityMetadata, column: string, alias: string, hint: SqlReadHint | undefined, element: (inner: string) => string): string {
    const inner = this.alias();
    const order = this.order(inner, hint);
    return `coalesce((select json_agg(${element(inner)} order by ${order}) from ${quote(meta.tableName)} ${inner} where ${inner}.${quote(column)} = ${alias}.id), '[]'::json)`;
  }

  private order(inner: string, hint: SqlReadHint | undefined): string {
    return (hint?.orderBy ?? ['id'])
      .map(part => {
        const [column, direction] = part.split(/\s+/);
        return `${inner}.${quote(column)}${direction === 'desc' ? ' desc' : ''}`;
      })
      .join(', ');
  }
}

/** The field's sub-selections, or nothing when the request cannot be answered here. */
function selectionOf(info: GraphQLResolveInfo): readonly SelectionSetNode[] {
  return info.fieldNodes.map(node => node.selectionSet).filter((set): set is SelectionSetNode => set !== undefined);
}

export interface JsonPage {
  where: FilterQuery<object>;
  orderBy: QueryOrderMap<object>;
  limit?: number;
  offset?: number;
}

const isOneId = (where: FilterQuery<object>): where is { id: number } => {
  const keys = Object.keys(where);
  return keys.length === 1 && keys[0] === 'id' && Number.isSafeInteger((where as { id?: unknown }).id);
};

/** A page whose ids, in order, come from hand-written SQL (e.g. sorted by a computed score). */
export interface IdsPage {
  /** `select <id> …`, ordered and limited; may read the CTEs of `with`. */
  sql: string;
  params: unknown[];
  /** CTEs (without `with`) the ids query reads, each part starting with its first CTE's name. */
  with?: string[];
}

/**
 * The rows `where` selects, in order, as the plain objects the client asked for; undefined when
 * the selection needs the entity path. One statement, however deep the selection.
 */
export async function readJson<T extends object>(
  scope: ReadScope,
  entity: EntityName<T>,
  info: GraphQLResolveInfo,
  page: JsonPage | IdsPage,
): Promise<Record<string, unknown>[] | undefined> {
  return readJsonObjects(scope, entity, info, getNamedType(info.returnType).name, selectionOf(info), page);
}

/**
 * The sub-selections of the field `name` of the rows this resolver returns (e.g. `initiative` of
 * roadmap entries), or undefined when fragments or directives make them less than plain.
 */
export function fieldSelections(info: GraphQLResolveInfo, name: string): SelectionSetNode[] | undefined {
  const sets: SelectionSetNode[] = [];
  for (const node of info.fieldNodes) {
    for (const selection of node.selectionSet?.selections ?? []) {
      if (selection.kind !== Kind.FIELD || selection.directives?.length) return undefined;
      if (selection.name.value === name && selection.selectionSet) sets.push(selection.selectionSet);
    }
  }
  return sets.length > 0 ? sets : undefined;
}

/**
 * The SQL of a JSON object of `typeName` for the row aliased `alias`, with the CTEs it reads, for
 * a statement written elsewhere (e.g. the roadmap's entries); undefined when the selection needs
 * the entity path.
 */
export function jsonObjectSql(scope: ReadScope, info: GraphQLResolveInfo, typeName: string, selections: readonly SelectionSetNode[], alias: string): { sql: string; ctes: string[] } | undefined {
  const builder = new JsonBuilder(info, scope);
  try {
    const sql = builder.object(typeName, alias, selections);
    return { sql, ctes: [...builder.ctes.values()] };
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

/** Rows of `typeName` (stored as `entity`) for the given selections, in the order of `page`; undefined when the selection needs the entity path. */
export async function readJsonObjects<T extends object>(
  scope: ReadScope,
  entity: EntityName<T>,
  info: GraphQLResolveInfo,
  typeName: string,
  selections: readonly SelectionSetNode[],
  page: JsonPage | IdsPage,
): Promise<Record<string, unknown>[] | undefined> {
  const { em } = scope;
  const builder = new JsonBuilder(info, scope);
  let object: string;
  try {
    object = builder.object(typeName, 'r', selections);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
  let ids: { sql: string; params: readonly unknown[] };
  if ('sql' in page) {
    ids = page;
    page.with?.forEach(part => builder.addCte(part));
  } else if (isOneId(page.where)) {
    // One record by its id (`Initiative(id)`): no query builder needed; the join below drops an id that does not exist.
    ids = { sql: 'select ?::bigint as id', params: [page.where.id] };
  } else {
    const qb = em.createQueryBuilder(entity as EntityName<object>, 'q').select('q.id' as never).where(page.where).orderBy(page.orderBy);
    if (page.limit !== undefined) qb.limit(page.limit);
    if (page.offset !== undefined) qb.offset(page.offset);
    ids = qb.toQuery();
  }
  const table = em.getMetadata().get(entity).tableName;
  const ctes = withClause([...builder.ctes.values()]);
  // The page's ids keep their order through `with ordinality` over the aggregated array.
  const statement = `${ctes}select coalesce(json_agg(${object} order by p.n), '[]'::json)::text as rows
    from unnest(array(${ids.sql})) with ordinality as p(id, n) join ${quote(table)} r on r.id = p.id`;
  const [row] = await queryRows<{ rows: string }>(em, statement, ids.params);
  return JSON.parse(row.rows) as Record<string, unknown>[];
}
