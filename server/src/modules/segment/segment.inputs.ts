import { IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { NOT_BLANK, Omittable } from '../../common/validation.js';
import { VersionedArgs } from '../../common/versioned.args.js';

const SHARE = 'Share of all customers in this segment, 0 to 1.';

@InputType({ description: 'Filters of allSegments; all given filters must hold.' })
export class SegmentFilter {
  @Field({ nullable: true, description: 'Text found in the name or description.' })
  q?: string;

  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => Float, { nullable: true })
  share_gte?: number;

  @Field(() => Float, { nullable: true })
  share_lte?: number;
}

@ArgsType()
export class CreateSegmentArgs {
  @Field({ description: 'Unique, case-insensitive; surrounding spaces are dropped.' })
  @Length(1, 80)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name!: string;

  @Field(() => Float, { nullable: true, description: SHARE })
  @IsOptional()
  @Min(0)
  @Max(1)
  share?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  description?: string | null;
}

@ArgsType()
export class UpdateSegmentArgs extends VersionedArgs {
  @Field({ nullable: true })
  @Omittable()
  @Length(1, 80)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name?: string;

  @Field(() => Float, { nullable: true, description: `${SHARE} null clears it.` })
  @IsOptional()
  @Min(0)
  @Max(1)
  share?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  description?: string | null;
}
