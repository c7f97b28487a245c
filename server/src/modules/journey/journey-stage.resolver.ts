import { Resolver } from 'type-graphql';
import { JourneyStage } from './journey-stage.entity.js';

/** Placeholder: the queries and mutations of JourneyStage arrive with the CX domain issue. */
@Resolver(() => JourneyStage)
export class JourneyStageResolver {}
