import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { Allow } from '../../common/auth/guard.js';
import { NpsService } from './nps.service.js';
import { NpsSummaryArgs, NpsSummaryRow, RealisedStageImpact } from './nps.types.js';

@Resolver()
export class NpsResolver {
  @Allow('read')
  @Query(() => [NpsSummaryRow], {
    description: 'NPS with its 95% margin (adjusted Wald), grouped by journey, stage, channel, segment, month or quarter, with the target and the gap to it (DESIGN §3).',
  })
  npsSummary(@Args() args: NpsSummaryArgs, @Ctx() ctx: Context) {
    return new NpsService(ctx).summary(args);
  }

  @Allow('read')
  @Query(() => [RealisedStageImpact], { description: 'For a DONE initiative: per touched stage, NPS in the scoring model’s window (90 days by default) before its completion day and after it, with the significance of the difference.' })
  realisedImpact(@Arg('initiativeId', () => ID) initiativeId: string, @Ctx() ctx: Context) {
    return new NpsService(ctx).realisedImpact(initiativeId);
  }
}
