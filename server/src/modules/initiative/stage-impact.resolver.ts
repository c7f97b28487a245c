import { FieldResolver, Resolver, Root } from 'type-graphql';
import { JourneyStage } from '../journey/journey-stage.entity.js';
import { StageImpact } from './stage-impact.entity.js';

@Resolver(() => StageImpact)
export class StageImpactResolver {
  @FieldResolver(() => JourneyStage)
  stage(@Root() impact: StageImpact): Promise<JourneyStage> {
    return impact.stage.loadOrFail();
  }
}
