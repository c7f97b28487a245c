import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Allow } from '../../common/auth/guard.js';
import { ListArgs, ListMetadata } from '../../common/list.js';
import { Channel } from '../channel/channel.entity.js';
import { JourneyStage } from '../journey/journey-stage.entity.js';
import { Journey } from '../journey/journey.entity.js';
import { Segment } from '../segment/segment.entity.js';
import { SurveyResponse } from './survey-response.entity.js';
import { DeleteSurveyResponseArgs, RecordSurveyResponsesArgs, SurveyResponseBatchResult, SurveyResponseFilter } from './survey-response.inputs.js';
import { SurveyResponseService } from './survey-response.service.js';

@Resolver(() => SurveyResponse)
export class SurveyResponseResolver {
  @Allow('read')
  @Query(() => [SurveyResponse])
  allSurveyResponses(
    @Args() args: ListArgs,
    @Arg('filter', () => SurveyResponseFilter, { nullable: true }) filter: SurveyResponseFilter | undefined,
    @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo,
  ) {
    return new SurveyResponseService(ctx).list(args, filter, info);
  }

  @Allow('read')
  @Query(() => ListMetadata)
  _allSurveyResponsesMeta(
    @Args() _args: ListArgs,
    @Arg('filter', () => SurveyResponseFilter, { nullable: true }) filter: SurveyResponseFilter | undefined,
    @Ctx() ctx: Context,
  ) {
    return new SurveyResponseService(ctx).count(filter);
  }

  @Allow('read')
  @Query(() => SurveyResponse)
  SurveyResponse(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return new SurveyResponseService(ctx).get(id, info);
  }

  @Allow('responses:write')
  @Mutation(() => SurveyResponseBatchResult, {
    description: 'Records up to 5,000 responses, idempotent on (source, externalId): a response sent again is counted as a duplicate and left as it was.',
  })
  recordSurveyResponses(@Args() { responses }: RecordSurveyResponsesArgs, @Ctx() ctx: Context) {
    return new SurveyResponseService(ctx).record(responses);
  }

  @Allow('responses:erase')
  @Mutation(() => SurveyResponse, { description: 'Erases a response on request (by id, or by source and externalId); summaries and scores follow at once.' })
  deleteSurveyResponse(@Args() args: DeleteSurveyResponseArgs, @Ctx() ctx: Context) {
    return new SurveyResponseService(ctx).erase(args);
  }

  @FieldResolver(() => Journey)
  journey(@Root() response: SurveyResponse): Promise<Journey> {
    return response.journey.loadOrFail();
  }

  @FieldResolver(() => JourneyStage, { nullable: true })
  stage(@Root() response: SurveyResponse): Promise<JourneyStage | null> {
    return response.stage ? response.stage.loadOrFail() : Promise.resolve(null);
  }

  @FieldResolver(() => Channel, { nullable: true })
  channel(@Root() response: SurveyResponse): Promise<Channel | null> {
    return response.channel ? response.channel.loadOrFail() : Promise.resolve(null);
  }

  @FieldResolver(() => Segment, { nullable: true })
  segment(@Root() response: SurveyResponse): Promise<Segment | null> {
    return response.segment ? response.segment.loadOrFail() : Promise.resolve(null);
  }
}
