import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Allow } from '../../common/auth/guard.js';
import { ListArgs, ListMetadata } from '../../common/list.js';
import { Channel } from '../channel/channel.entity.js';
import { JourneyStage } from './journey-stage.entity.js';
import { CreateJourneyStageArgs, JourneyStageFilter, UpdateJourneyStageArgs } from './journey-stage.inputs.js';
import { JourneyStageService } from './journey-stage.service.js';
import { Journey } from './journey.entity.js';

@Resolver(() => JourneyStage)
export class JourneyStageResolver {
  @Allow('read')
  @Query(() => [JourneyStage])
  allJourneyStages(@Args() args: ListArgs, @Arg('filter', () => JourneyStageFilter, { nullable: true }) filter: JourneyStageFilter | undefined, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return new JourneyStageService(ctx).list(args, filter, info);
  }

  @Allow('read')
  @Query(() => ListMetadata)
  _allJourneyStagesMeta(@Args() _args: ListArgs, @Arg('filter', () => JourneyStageFilter, { nullable: true }) filter: JourneyStageFilter | undefined, @Ctx() ctx: Context) {
    return new JourneyStageService(ctx).count(filter);
  }

  @Allow('read')
  @Query(() => JourneyStage)
  JourneyStage(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return new JourneyStageService(ctx).get(id, info);
  }

  @Allow('manage')
  @Mutation(() => JourneyStage)
  createJourneyStage(@Args() input: CreateJourneyStageArgs, @Ctx() ctx: Context) {
    return new JourneyStageService(ctx).create(input);
  }

  @Allow('manage')
  @Mutation(() => JourneyStage)
  updateJourneyStage(@Args() input: UpdateJourneyStageArgs, @Ctx() ctx: Context) {
    return new JourneyStageService(ctx).update(input);
  }

  @Allow('manage')
  @Mutation(() => JourneyStage, { description: 'Refused while initiatives or KPIs use the stage; the stages after it move up one place.' })
  deleteJourneyStage(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return new JourneyStageService(ctx).delete(id);
  }

  // Batched per request by MikroORM's dataloader: one query per relation, not per stage.

  @FieldResolver(() => Journey)
  async journey(@Root() stage: JourneyStage): Promise<Journey> {
    return stage.journey.loadOrFail();
  }

  @FieldResolver(() => [Channel], { description: 'In id order.' })
  async channels(@Root() stage: JourneyStage): Promise<Channel[]> {
    return (await stage.channels.load({ orderBy: { id: 'asc' } })).getItems();
  }

  @FieldResolver(() => [ID])
  async channelIds(@Root() stage: JourneyStage): Promise<string[]> {
    return (await this.channels(stage)).map(channel => String(channel.id));
  }
}
