import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Allow } from '../../common/auth/guard.js';
import { ListArgs, ListMetadata } from '../../common/list.js';
import { Initiative } from '../initiative/initiative.entity.js';
import { Decision } from './decision.entity.js';
import { DecisionFilter } from './decision.inputs.js';
import { DecisionService } from './decision.service.js';

/** The governance log is written by transitions and pins (InitiativeService) and only read here. */
@Resolver(() => Decision)
export class DecisionResolver {
  @Allow('read')
  @Query(() => [Decision])
  allDecisions(@Args() args: ListArgs, @Arg('filter', () => DecisionFilter, { nullable: true }) filter: DecisionFilter | undefined, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return new DecisionService(ctx).list(args, filter, info);
  }

  @Allow('read')
  @Query(() => ListMetadata)
  _allDecisionsMeta(@Args() _args: ListArgs, @Arg('filter', () => DecisionFilter, { nullable: true }) filter: DecisionFilter | undefined, @Ctx() ctx: Context) {
    return new DecisionService(ctx).count(filter);
  }

  @Allow('read')
  @Query(() => Decision)
  Decision(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return new DecisionService(ctx).get(id, info);
  }

  @FieldResolver(() => Initiative)
  initiative(@Root() decision: Decision): Promise<Initiative> {
    return decision.initiative.loadOrFail();
  }
}
