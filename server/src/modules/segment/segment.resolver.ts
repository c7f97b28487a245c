import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { Allow } from '../../common/auth/guard.js';
import { ListArgs, ListMetadata } from '../../common/list.js';
import { Segment } from './segment.entity.js';
import { CreateSegmentArgs, SegmentFilter, UpdateSegmentArgs } from './segment.inputs.js';
import { SegmentService } from './segment.service.js';

@Resolver(() => Segment)
export class SegmentResolver {
  @Allow('read')
  @Query(() => [Segment])
  allSegments(@Args() args: ListArgs, @Arg('filter', () => SegmentFilter, { nullable: true }) filter: SegmentFilter | undefined, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return new SegmentService(ctx).list(args, filter, info);
  }

  @Allow('read')
  @Query(() => ListMetadata)
  _allSegmentsMeta(@Args() _args: ListArgs, @Arg('filter', () => SegmentFilter, { nullable: true }) filter: SegmentFilter | undefined, @Ctx() ctx: Context) {
    return new SegmentService(ctx).count(filter);
  }

  @Allow('read')
  @Query(() => Segment)
  Segment(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return new SegmentService(ctx).get(id, info);
  }

  @Allow('manage')
  @Mutation(() => Segment)
  createSegment(@Args() input: CreateSegmentArgs, @Ctx() ctx: Context) {
    return new SegmentService(ctx).create(input);
  }

  @Allow('manage')
  @Mutation(() => Segment)
  updateSegment(@Args() input: UpdateSegmentArgs, @Ctx() ctx: Context) {
    return new SegmentService(ctx).update(input);
  }

  @Allow('manage')
  @Mutation(() => Segment)
  deleteSegment(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return new SegmentService(ctx).delete(id);
  }
}
