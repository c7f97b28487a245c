import type { FilterQuery } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, ID, Info, InputType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { Allow } from '../../common/auth/guard.js';
import { allOf, countAll, findForRead, findPage, ListArgs, ListMetadata } from '../../common/list.js';
import { parseId } from '../../common/persistence.js';
import { AuditEntry } from './audit-entry.entity.js';

@InputType({ description: 'Filters of allAuditEntries; all given filters must hold.' })
export class AuditEntryFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true, description: 'The person or token that acted.' })
  actorId?: string;

  @Field({ nullable: true, description: 'PERSON or API_TOKEN.' })
  actorType?: string;

  @Field({ nullable: true, description: 'The changed type, e.g. Department.' })
  entity?: string;

  @Field(() => ID, { nullable: true })
  entityId?: string;

  @Field({ nullable: true })
  operation?: string;

  @Field(() => Date, { nullable: true })
  at_gte?: Date;

  @Field(() => Date, { nullable: true })
  at_lte?: Date;
}

function where(filter: AuditEntryFilter = {}): FilterQuery<AuditEntry> {
  return allOf<AuditEntry>(
    filter.ids ? { id: { $in: filter.ids.map(id => String(parseId(id, 'filter.ids'))) } } : undefined,
    filter.actorId ? { actorId: parseId(filter.actorId, 'filter.actorId') } : undefined,
    filter.actorType ? { actorType: filter.actorType as AuditEntry['actorType'] } : undefined,
    filter.entity ? { entity: filter.entity } : undefined,
    filter.entityId ? { entityId: filter.entityId } : undefined,
    filter.operation ? { operation: filter.operation } : undefined,
    filter.at_gte ? { at: { $gte: filter.at_gte } } : undefined,
    filter.at_lte ? { at: { $lte: filter.at_lte } } : undefined,
  );
}

/** The audit trail is written by the audit middleware and only ever read here. */
@Resolver(() => AuditEntry)
export class AuditResolver {
  @Allow('audit')
  @Query(() => [AuditEntry])
  allAuditEntries(@Args() args: ListArgs, @Arg('filter', () => AuditEntryFilter, { nullable: true }) filter: AuditEntryFilter | undefined, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return findPage(ctx, AuditEntry, where(filter), args, info);
  }

  @Allow('audit')
  @Query(() => ListMetadata)
  _allAuditEntriesMeta(@Args() _args: ListArgs, @Arg('filter', () => AuditEntryFilter, { nullable: true }) filter: AuditEntryFilter | undefined, @Ctx() ctx: Context) {
    return countAll(ctx.em, AuditEntry, where(filter));
  }

  @Allow('audit')
  @Query(() => AuditEntry)
  AuditEntry(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return findForRead(ctx, AuditEntry, id, info);
  }
}
