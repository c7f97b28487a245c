import { Field, ID, InputType } from 'type-graphql';
import { DecisionAction } from './decision.entity.js';

@InputType({ description: 'Filters of allDecisions; all given filters must hold.' })
export class DecisionFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  initiativeId?: string;

  @Field(() => ID, { nullable: true, description: 'The person (or token) who decided.' })
  actorId?: string;

  @Field(() => DecisionAction, { nullable: true })
  action?: DecisionAction;

  @Field(() => Date, { nullable: true })
  at_gte?: Date;

  @Field(() => Date, { nullable: true })
  at_lte?: Date;
}
