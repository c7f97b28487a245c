import { ArrayMaxSize, IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsCalendarDate, NOT_BLANK, Omittable } from '../../common/validation.js';
import { VersionedArgs } from '../../common/versioned.args.js';

@InputType({ description: 'Filters of allJourneys; all given filters must hold.' })
export class JourneyFilter {
  @Field({ nullable: true, description: 'Text found in the name or description.' })
  q?: string;

  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  ownerId?: string;

  @Field(() => ID, { nullable: true, description: 'Journeys of this segment (among others).' })
  segmentId?: string;

  @Field(() => Int, { nullable: true })
  targetNps_gte?: number;

  @Field(() => Int, { nullable: true })
  targetNps_lte?: number;

  @Field(() => Date, { nullable: true })
  createdAt_gte?: Date;

  @Field(() => Date, { nullable: true })
  createdAt_lte?: Date;
}

@ArgsType()
export class CreateJourneyArgs {
  @Field({ description: 'Surrounding spaces are dropped.' })
  @Length(1, 160)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'The person who owns the journey.' })
  @IsOptional()
  ownerId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Target NPS, -100 to 100.' })
  @IsOptional()
  @Min(-100)
  @Max(100)
  targetNps?: number | null;

  @Field(() => String, { nullable: true, description: 'When the target should be reached, YYYY-MM-DD.' })
  @IsOptional()
  @IsCalendarDate()
  targetDate?: string | null;

  @Field(() => [ID], { nullable: true, description: 'The segments the journey is for.' })
  @IsOptional()
  @ArrayMaxSize(100)
  segmentIds?: string[] | null;
}

@ArgsType()
export class UpdateJourneyArgs extends VersionedArgs {
  @Field({ nullable: true })
  @Omittable()
  @Length(1, 160)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'null: no owner.' })
  @IsOptional()
  ownerId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Target NPS, -100 to 100; null clears it.' })
  @IsOptional()
  @Min(-100)
  @Max(100)
  targetNps?: number | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null clears it.' })
  @IsOptional()
  @IsCalendarDate()
  targetDate?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the segments when given; [] or null: none.' })
  @IsOptional()
  @ArrayMaxSize(100)
  segmentIds?: string[] | null;
}
