import { ArrayMaxSize, IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { NOT_BLANK, Omittable } from '../../common/validation.js';
import { VersionedArgs } from '../../common/versioned.args.js';

const IMPORTANCE = 'How much this moment matters to the customer, 1 to 5 (5: a moment of truth).';
const REACH = "Share of the journey's customers who pass through this stage, 0 to 1.";

@InputType({ description: 'Filters of allJourneyStages; all given filters must hold.' })
export class JourneyStageFilter {
  @Field({ nullable: true, description: 'Text found in the name or description.' })
  q?: string;

  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  journeyId?: string;

  @Field(() => ID, { nullable: true, description: 'Stages that happen in this channel (among others).' })
  channelId?: string;

  @Field(() => Int, { nullable: true })
  importance_gte?: number;

  @Field(() => Int, { nullable: true })
  importance_lte?: number;

  @Field(() => Float, { nullable: true })
  reach_gte?: number;

  @Field(() => Float, { nullable: true })
  reach_lte?: number;
}

@ArgsType()
export class CreateJourneyStageArgs {
  @Field(() => ID)
  journeyId!: string;

  @Field({ description: 'Surrounding spaces are dropped.' })
  @Length(1, 160)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Place in the journey, 1 to (number of stages + 1); the stages from there on move one place down. Default: after the last stage. A place beyond that is refused, not clamped.',
  })
  @IsOptional()
  @Min(1)
  position?: number | null;

  @Field(() => Int, { description: IMPORTANCE })
  @Min(1)
  @Max(5)
  importance!: number;

  @Field(() => Float, { description: REACH })
  @Min(0)
  @Max(1)
  reach!: number;

  @Field(() => Int, { nullable: true, description: "The stage's own target NPS, -100 to 100; else the journey's." })
  @IsOptional()
  @Min(-100)
  @Max(100)
  targetNps?: number | null;

  @Field(() => [ID], { nullable: true, description: 'The channels the stage happens in.' })
  @IsOptional()
  @ArrayMaxSize(100)
  channelIds?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  description?: string | null;
}

@ArgsType()
export class UpdateJourneyStageArgs extends VersionedArgs {
  @Field(() => ID, { nullable: true, description: 'Moves the stage to another journey (at the end, unless a position is given); both journeys are renumbered.' })
  @IsOptional()
  journeyId?: string | null;

  @Field({ nullable: true })
  @Omittable()
  @Length(1, 160)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Moves the stage to this place, 1 to the number of stages of its (new) journey; the stages in between shift by one. A place beyond that is refused, not clamped.',
  })
  @IsOptional()
  @Min(1)
  position?: number | null;

  @Field(() => Int, { nullable: true, description: IMPORTANCE })
  @Omittable()
  @Min(1)
  @Max(5)
  importance?: number;

  @Field(() => Float, { nullable: true, description: REACH })
  @Omittable()
  @Min(0)
  @Max(1)
  reach?: number;

  @Field(() => Int, { nullable: true, description: "The stage's own target NPS, -100 to 100; null: use the journey's." })
  @IsOptional()
  @Min(-100)
  @Max(100)
  targetNps?: number | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the channels when given; [] or null: none.' })
  @IsOptional()
  @ArrayMaxSize(100)
  channelIds?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  description?: string | null;
}
