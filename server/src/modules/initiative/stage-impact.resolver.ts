import { Ctx, FieldResolver, Float, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { SqlRead } from '../../common/json-read.js';
import { JourneyStage } from '../journey/journey-stage.entity.js';
import { ScoreService } from '../scoring/score.service.js';
import { StageImpact } from './stage-impact.entity.js';

@Resolver(() => StageImpact)
export class StageImpactResolver {
  @FieldResolver(() => JourneyStage)
  stage(@Root() impact: StageImpact): Promise<JourneyStage> {
    return impact.stage.loadOrFail();
  }

  @SqlRead({ expression: alias => `(select (m.levels ->> ${alias}.level)::float8 from scoring_model m order by m.version desc limit 1)` })
  @FieldResolver(() => Float, { description: 'The value of the level in the score, under the active scoring model.' })
  async levelValue(@Root() impact: StageImpact, @Ctx() ctx: Context): Promise<number> {
    return (await new ScoreService(ctx).activeModel()).levels[impact.level];
  }
}
