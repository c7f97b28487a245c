import { IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { NOT_BLANK, Omittable } from '../../common/validation.js';
import { VersionedArgs } from '../../common/versioned.args.js';

@InputType({ description: 'Filters of allChannels; all given filters must hold.' })
export class ChannelFilter {
  @Field({ nullable: true, description: 'Text found in the name or description.' })
  q?: string;

  @Field(() => [ID], { nullable: true })
  ids?: string[];
}

@ArgsType()
export class CreateChannelArgs {
  @Field({ description: 'Unique, case-insensitive; surrounding spaces are dropped.' })
  @Length(1, 80)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  description?: string | null;
}

@ArgsType()
export class UpdateChannelArgs extends VersionedArgs {
  @Field({ nullable: true })
  @Omittable()
  @Length(1, 80)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  description?: string | null;
}
