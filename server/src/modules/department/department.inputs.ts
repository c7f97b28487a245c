import { ArrayMaxSize, ArrayUnique, IsOptional, Length, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { Omittable, QUARTER, QUARTER_MESSAGE } from '../../common/validation.js';
import { VersionedArgs } from '../../common/versioned.args.js';

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

  @Field(() => ID, { nullable: true })
  leadId?: string;

  @Field(() => Date, { nullable: true })
  createdAt_gte?: Date;

  @Field(() => Date, { nullable: true })
  createdAt_lte?: Date;
}

@InputType({ description: 'Person-weeks a department has for CX initiatives in one quarter.' })
export class CapacityInput {
  @Field({ description: 'YYYY-Qn, e.g. 2027-Q1.' })
  @Matches(QUARTER, { message: QUARTER_MESSAGE })
  quarter!: string;

  @Field(() => Float, { description: 'Person-weeks, 0 or more.' })
  @Min(0)
  personWeeks!: number;
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

  @Field(() => ID, { nullable: true, description: 'The person who leads the department: an active person without a department yet, who joins this one.' })
  @IsOptional()
  leadId?: string | null;
}

@ArgsType()
export class UpdateDepartmentArgs extends VersionedArgs {
  @Field({ nullable: true })
  @Omittable()
  @Length(1, 120)
  name?: string;

  @Field({ nullable: true })
  @Omittable()
  @Matches(CODE, { message: CODE_MESSAGE })
  code?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'The person who leads the department, an active person of it (one without a department joins it); null: none.' })
  @IsOptional()
  leadId?: string | null;

  @Field(() => [CapacityInput], { nullable: true, description: "Replaces the department's capacity per quarter when given ([] or null: none); each quarter at most once." })
  @IsOptional()
  @ArrayMaxSize(200)
  @ArrayUnique((capacity: CapacityInput) => capacity.quarter, { message: 'capacities must name each quarter once' })
  @ValidateNested({ each: true })
  capacities?: CapacityInput[] | null;
}
