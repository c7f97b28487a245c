import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { Allow } from '../../common/auth/guard.js';
import { DepartmentPlan, Overlap, RoadmapArgs, RoadmapEntry, UncoveredMoment } from './roadmap.types.js';
import { RoadmapService } from './roadmap.service.js';

@Resolver()
export class RoadmapResolver {
  @Allow('read')
  @Query(() => [RoadmapEntry], { description: 'The open candidates (under review, approved, in progress) ranked across departments by priority score, pins first where they are pinned (DESIGN §2).' })
  roadmap(@Args() args: RoadmapArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return new RoadmapService(ctx).roadmap(args, info);
  }

  @Allow('read')
  @Query(() => [DepartmentPlan], { description: 'Each department’s capacity for the quarter filled in rank order (approved and in progress first); what does not fit is deferred with the reason.' })
  planQuarter(@Arg('quarter', () => String, { description: 'YYYY-Qn, e.g. 2027-Q1.' }) quarter: string, @Ctx() ctx: Context) {
    RoadmapService.checkQuarter(quarter);
    return new RoadmapService(ctx).planQuarter(quarter);
  }

  @Allow('read')
  @Query(() => [Overlap], { description: 'Stages touched by open initiatives (not done, rejected or parked) of two or more departments.' })
  overlaps(@Ctx() ctx: Context) {
    return new RoadmapService(ctx).overlaps();
  }

  @Allow('read')
  @Query(() => [UncoveredMoment], { description: 'Stages of importance 4 or more below target beyond the margin of error that no open initiative touches.' })
  uncoveredMoments(@Ctx() ctx: Context) {
    return new RoadmapService(ctx).uncoveredMoments();
  }
}
