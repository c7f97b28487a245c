import { IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';

const CODE = /^[A-Za-z][A-Za-z0-9_]{0,15}$/;
const CODE_MESSAGE = 'code must be 1 to 16 letters, digits or _ and start with a letter';

@InputType({ description: 'Filters of allDepartments; all given filters must hold.' })
export class DepartmentFilter {
  @Field({ nullable: true, description: 'Text found in the name, code or description.' })
  q?: string;

  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field({ nullable: true })
  code?: string;

  @Field(() => Date, { nullable: true })
  createdAt_gte?: Date;

  @Field(() => Date, { nullable: true })
  createdAt_lte?: Date;
}

@ArgsType()
export class CreateDepartmentArgs {
  @Field()
  @Length(1, 120)
  name!: string;

  @Field({ description: 'Unique, case-insensitive; stored in capitals.' })
  @Matches(CODE, { message: CODE_MESSAGE })
  code!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  description?: string | null;
}

@ArgsType()
export class UpdateDepartmentArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version you edited; a stale one is refused with CONFLICT.' })
  version!: number;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 120)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(CODE, { message: CODE_MESSAGE })
  code?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  description?: string | null;
}
