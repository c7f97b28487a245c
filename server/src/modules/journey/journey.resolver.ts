import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Allow } from '../../common/auth/guard.js';
import { SqlRead } from '../../common/json-read.js';
import { ListArgs, ListMetadata } from '../../common/list.js';
import { Person } from '../person/person.entity.js';
import { Segment } from '../segment/segment.entity.js';
import { JourneyStage } from './journey-stage.entity.js';
import { Journey } from './journey.entity.js';
import { CreateJourneyArgs, JourneyFilter, UpdateJourneyArgs } from './journey.inputs.js';
import { JourneyService } from './journey.service.js';

@Resolver(() => Journey)
export class JourneyResolver {
  @Allow('read')
  @Query(() => [Journey])
  allJourneys(@Args() args: ListArgs, @Arg('filter', () => JourneyFilter, { nullable: true }) filter: JourneyFilter | undefined, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return new JourneyService(ctx).list(args, filter, info);
  }

  @Allow('read')
  @Query(() => ListMetadata)
  _allJourneysMeta(@Args() _args: ListArgs, @Arg('filter', () => JourneyFilter, { nullable: true }) filter: JourneyFilter | undefined, @Ctx() ctx: Context) {
    return new JourneyService(ctx).count(filter);
  }

  @Allow('read')
  @Query(() => Journey)
  Journey(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return new JourneyService(ctx).get(id, info);
  }

  @Allow('manage')
  @Mutation(() => Journey)
  createJourney(@Args() input: CreateJourneyArgs, @Ctx() ctx: Context) {
    return new JourneyService(ctx).create(input);
  }

  @Allow('manage')
  @Mutation(() => Journey)
  updateJourney(@Args() input: UpdateJourneyArgs, @Ctx() ctx: Context) {
    return new JourneyService(ctx).update(input);
  }

  @Allow('manage')
  @Mutation(() => Journey, { description: 'Deletes the journey with its stages; refused while initiatives or KPIs use one of them.' })
  deleteJourney(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return new JourneyService(ctx).delete(id);
  }

  // The loads below are batched per request (MikroORM dataloader): one query per relation, not per journey.

  @FieldResolver(() => Person, { nullable: true })
  owner(@Root() journey: Journey): Promise<Person | null> | null {
    return journey.owner ? journey.owner.load() : null;
  }

  @FieldResolver(() => [Segment], { description: 'In id order.' })
  async segments(@Root() journey: Journey): Promise<Segment[]> {
    return (await journey.segments.load({ orderBy: { id: 'asc' } })).getItems();
  }

  @FieldResolver(() => [ID])
  async segmentIds(@Root() journey: Journey): Promise<string[]> {
    return (await this.segments(journey)).map(segment => String(segment.id));
  }

  @SqlRead({ orderBy: ['position'] })
  @FieldResolver(() => [JourneyStage], { description: 'In position order.' })
  async stages(@Root() journey: Journey): Promise<JourneyStage[]> {
    // Sorted here too: a collection filled during this request is in insertion order.
    return [...(await journey.stages.load()).getItems()].sort((a, b) => a.position - b.position || a.id - b.id);
  }

  @SqlRead({ orderBy: ['position'] })
  @FieldResolver(() => [ID], { description: 'In position order.' })
  async stageIds(@Root() journey: Journey): Promise<string[]> {
    return (await this.stages(journey)).map(stage => String(stage.id));
  }
}
