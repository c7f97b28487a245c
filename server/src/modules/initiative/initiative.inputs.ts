import { ArrayMaxSize, IsIn, IsInt, IsNotEmpty, IsOptional, IsPositive, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { NOT_BLANK, Omittable, QUARTER, QUARTER_MESSAGE } from '../../common/validation.js';
import { ImpactLevel, InitiativeStatus, Pillar } from './initiative.enums.js';
import { VersionedArgs } from '../../common/versioned.args.js';

/** Bounds of the estimates: beyond these a number is a typo, not a plan. */
export const EFFORT_MAX = 10_000;
export const MAX_IMPACTS = 100;
export const MAX_CONTRIBUTORS = 50;
const TEXT_MAX = 10_000;
const REASON_MAX = 2_000;

@InputType({ description: 'How much an initiative changes one journey stage.' })
export class StageImpactInput {
  @Field(() => ID)
  @IsNotEmpty()
  stageId!: string;

  @Field(() => ImpactLevel)
  @IsIn(Object.values(ImpactLevel))
  level!: ImpactLevel;

  @Field(() => String, { nullable: true, description: 'Why this stage changes this much.' })
  @IsOptional()
  @MaxLength(REASON_MAX)
  rationale?: string | null;
}

@InputType({ description: 'Filters of allInitiatives; all given filters must hold.' })
export class InitiativeFilter {
  @Field({ nullable: true, description: 'Text found in the title or description.' })
  q?: string;

  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true, description: 'The owning department.' })
  departmentId?: string;

  @Field(() => ID, { nullable: true })
  ownerId?: string;

  @Field(() => ID, { nullable: true, description: 'Initiatives this department contributes to.' })
  contributingDepartmentId?: string;

  @Field(() => ID, { nullable: true, description: 'Initiatives with an impact on this stage.' })
  stageId?: string;

  @Field(() => ID, { nullable: true, description: 'Initiatives with an impact on a stage of this journey.' })
  journeyId?: string;

  @Field(() => InitiativeStatus, { nullable: true })
  status?: InitiativeStatus;

  @Field(() => Pillar, { nullable: true })
  pillar?: Pillar;

  @Field(() => Float, { nullable: true, description: 'Priority score at least this, now (DESIGN §2).' })
  priorityScore_gte?: number;

  @Field(() => Float, { nullable: true })
  priorityScore_lte?: number;

  @Field(() => Float, { nullable: true, description: 'Journey impact at least this, now.' })
  journeyImpact_gte?: number;

  @Field(() => Float, { nullable: true })
  journeyImpact_lte?: number;

  @Field(() => Float, { nullable: true })
  effort_gte?: number;

  @Field(() => Float, { nullable: true })
  effort_lte?: number;

  @Field(() => Float, { nullable: true })
  confidence_gte?: number;

  @Field(() => Float, { nullable: true })
  confidence_lte?: number;

  @Field(() => Int, { nullable: true })
  commercialValue_gte?: number;

  @Field(() => Int, { nullable: true })
  commercialValue_lte?: number;

  @Field({ nullable: true, description: 'YYYY-Qn.' })
  targetQuarter?: string;

  @Field(() => Date, { nullable: true })
  createdAt_gte?: Date;

  @Field(() => Date, { nullable: true })
  createdAt_lte?: Date;

  @Field({ nullable: true, description: 'true: only initiatives with a pinned rank; false: only those without.' })
  pinned?: boolean;
}

@ArgsType()
export class CreateInitiativeArgs {
  @Field()
  @Length(1, 200)
  @Matches(NOT_BLANK, { message: 'title must not be blank' })
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(TEXT_MAX)
  description?: string | null;

  @Field(() => ID, { description: 'The owning department.' })
  @IsNotEmpty()
  departmentId!: string;

  @Field(() => ID, { nullable: true, description: 'An active person; the signed-in person when omitted.' })
  @IsOptional()
  ownerId?: string | null;

  @Field(() => Pillar)
  @IsIn(Object.values(Pillar))
  pillar!: Pillar;

  @Field(() => Float, { description: `Person-weeks, more than 0 and at most ${EFFORT_MAX}.` })
  @IsPositive({ message: 'effort must be more than 0 person-weeks' })
  @Max(EFFORT_MAX)
  effort!: number;

  @Field(() => Float, { description: '0 to 1.' })
  @Min(0)
  @Max(1)
  confidence!: number;

  @Field(() => Int, { nullable: true, defaultValue: 3, description: '1 to 5 (3: neutral).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  commercialValue?: number | null;

  @Field(() => String, { nullable: true, description: 'YYYY-Qn, e.g. 2027-Q1.' })
  @IsOptional()
  @Matches(QUARTER, { message: QUARTER_MESSAGE })
  targetQuarter?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Other departments that work on it; not the owning one.' })
  @IsOptional()
  @ArrayMaxSize(MAX_CONTRIBUTORS)
  contributingDepartmentIds?: string[] | null;

  @Field(() => [StageImpactInput], { nullable: true, description: 'At most one per stage; stages of several journeys are fine.' })
  @IsOptional()
  @ArrayMaxSize(MAX_IMPACTS)
  @ValidateNested({ each: true })
  impacts?: StageImpactInput[] | null;
}

@ArgsType()
export class UpdateInitiativeArgs extends VersionedArgs {
  @Field({ nullable: true })
  @Omittable()
  @Length(1, 200)
  @Matches(NOT_BLANK, { message: 'title must not be blank' })
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(TEXT_MAX)
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'Moving to another department is for the regie team (or an unbound token).' })
  @Omittable()
  @IsNotEmpty({ message: 'departmentId must not be empty: an initiative always has a department' })
  departmentId?: string;

  @Field(() => ID, { nullable: true, description: 'An active person; null removes the owner.' })
  @IsOptional()
  ownerId?: string | null;

  @Field(() => Pillar, { nullable: true })
  @Omittable()
  @IsIn(Object.values(Pillar))
  pillar?: Pillar;

  @Field(() => Float, { nullable: true })
  @Omittable()
  @IsPositive({ message: 'effort must be more than 0 person-weeks' })
  @Max(EFFORT_MAX)
  effort?: number;

  @Field(() => Float, { nullable: true })
  @Omittable()
  @Min(0)
  @Max(1)
  confidence?: number;

  @Field(() => Int, { nullable: true })
  @Omittable()
  @IsInt()
  @Min(1)
  @Max(5)
  commercialValue?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(QUARTER, { message: QUARTER_MESSAGE })
  targetQuarter?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the contributing departments when given; [] removes them all.' })
  @IsOptional()
  @ArrayMaxSize(MAX_CONTRIBUTORS)
  contributingDepartmentIds?: string[] | null;

  @Field(() => [StageImpactInput], { nullable: true, description: 'Replaces the stage impacts when given; omitted: left as they are; []: removes them all.' })
  @IsOptional()
  @ArrayMaxSize(MAX_IMPACTS)
  @ValidateNested({ each: true })
  impacts?: StageImpactInput[] | null;
}

@ArgsType()
export class TransitionInitiativeArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => InitiativeStatus, { description: 'The new status; only the moves of the workflow are allowed.' })
  @IsIn(Object.values(InitiativeStatus))
  to!: InitiativeStatus;

  @Field(() => String, { nullable: true, description: 'Why; required to reject or park.' })
  @IsOptional()
  @MaxLength(REASON_MAX)
  reason?: string | null;

  @Field(() => Int)
  version!: number;
}

@ArgsType()
export class PinRankArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: '1 is the top of the roadmap.' })
  @Min(1)
  @Max(10_000)
  rank!: number;

  @Field()
  @Length(1, REASON_MAX)
  @Matches(NOT_BLANK, { message: 'reason must not be blank' })
  reason!: string;

  @Field(() => Int)
  version!: number;
}

@ArgsType()
export class UnpinRankArgs {
  @Field(() => ID)
  id!: string;

  @Field()
  @Length(1, REASON_MAX)
  @Matches(NOT_BLANK, { message: 'reason must not be blank' })
  reason!: string;

  @Field(() => Int)
  version!: number;
}
