import { ArrayMaxSize, IsIn, IsInt, IsNumber, IsOptional, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { NOT_BLANK } from '../../common/validation.js';
import { ImpactLevel } from '../initiative/initiative.enums.js';
import { Initiative } from '../initiative/initiative.entity.js';
import { EFFORT_MAX, MAX_IMPACTS, StageImpactInput } from '../initiative/initiative.inputs.js';

@ObjectType({ description: 'One stage term of a score: its inputs, its gap factor with the reason, and its contribution (DESIGN §2).' })
export class ScoreTerm {
  @Field(() => ID)
  stageId!: string;

  @Field()
  stageName!: string;

  @Field(() => ID)
  journeyId!: string;

  @Field()
  journeyName!: string;

  @Field(() => ImpactLevel)
  level!: ImpactLevel;

  @Field(() => Float, { description: 'The level’s value in the model.' })
  levelValue!: number;

  @Field(() => Int, { description: 'I: 1 to 5.' })
  importance!: number;

  @Field(() => Float, { description: 'R: 0 to 1.' })
  reach!: number;

  @Field(() => Float, { nullable: true, description: 'A: the stage’s NPS over the model’s window; empty without responses.' })
  actualNps!: number | null;

  @Field(() => Float, { nullable: true, description: 'The 95% margin of error of A.' })
  marginOfError!: number | null;

  @Field(() => Int, { description: 'n: the stage’s responses in the window.' })
  responses!: number;

  @Field(() => Float, { nullable: true, description: 'T: the stage’s target, else its journey’s.' })
  target!: number | null;

  @Field(() => Float, { description: 'G = 1 + gapWeight × max(0, T − A − MoE) / 100.' })
  gapFactor!: number;

  @Field(() => String, { nullable: true, description: 'Why G is 1 or the shortfall does not count; empty when the shortfall beyond the margin counts.' })
  gapReason!: string | null;

  @Field(() => Float, { description: 'W = I × R × G.' })
  stageWeight!: number;

  @Field(() => Float, { description: 'level × W.' })
  contribution!: number;
}

@ObjectType({ description: 'How a priority score comes about: P = J × confidence × B / effort (DESIGN §2).' })
export class ScoreBreakdown {
  @Field(() => [ScoreTerm], { description: 'One per stage impact, in the order they were added.' })
  terms!: ScoreTerm[];

  @Field(() => Float, { description: 'J = Σ level × W.' })
  journeyImpact!: number;

  @Field(() => Float, { description: 'B = 1 + commercialWeight × (commercialValue − 3) / 2.' })
  businessFactor!: number;

  @Field(() => Int)
  commercialValue!: number;

  @Field(() => Float)
  confidence!: number;

  @Field(() => Float)
  effort!: number;

  @Field(() => Float)
  priorityScore!: number;

  @Field(() => Int, { description: 'The scoring-model version used.' })
  modelVersion!: number;
}

@ArgsType()
export class ScorePreviewArgs {
  @Field(() => [StageImpactInput], { nullable: true, description: 'The stage impacts as filled in so far.' })
  @IsOptional()
  @ArrayMaxSize(MAX_IMPACTS)
  @ValidateNested({ each: true })
  impacts?: StageImpactInput[] | null;

  @Field(() => Float, { description: 'Person-weeks, more than 0.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.01)
  @Max(EFFORT_MAX)
  effort!: number;

  @Field(() => Float, { description: '0 to 1.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  confidence!: number;

  @Field(() => Int, { nullable: true, description: '1 to 5; 3 when omitted.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  commercialValue?: number | null;
}

@InputType({ description: 'The value of one impact level.' })
export class LevelValueInput {
  @Field(() => ImpactLevel)
  @IsIn(Object.values(ImpactLevel))
  level!: ImpactLevel;

  @Field(() => Float, { description: '0 to 100.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  value!: number;
}

/** A proposed model; what is omitted stays as in the active one. */
@ArgsType()
export class ScoringModelValuesArgs {
  @Field(() => [LevelValueInput], { nullable: true, description: 'Levels to change; the others keep their value.' })
  @IsOptional()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  levels?: LevelValueInput[] | null;

  @Field(() => Float, { nullable: true, description: '0 to 10.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(10)
  gapWeight?: number | null;

  @Field(() => Int, { nullable: true, description: '1 to 100,000.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  minResponses?: number | null;

  @Field(() => Int, { nullable: true, description: '1 to 730 days.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(730)
  windowDays?: number | null;

  @Field(() => Float, { nullable: true, description: '0 to 1 (B then lies between 1 − weight and 1 + weight).' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  commercialWeight?: number | null;
}

@ArgsType()
export class UpdateScoringModelArgs extends ScoringModelValuesArgs {
  @Field({ description: 'Why the model changes; kept with the version.' })
  @Length(1, 2000)
  @Matches(NOT_BLANK, { message: 'reason must not be blank' })
  reason!: string;
}

@InputType({ description: 'Filters of allScoringModels.' })
export class ScoringModelFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => Int, { nullable: true })
  version?: number;
}

@ObjectType({ description: 'How one open initiative would move under a proposed scoring model.' })
export class ModelPreviewRow {
  @Field(() => Initiative)
  initiative!: Initiative;

  @Field({ description: 'Pinned by the regie team: its rank does not follow the score.' })
  pinned!: boolean;

  @Field(() => Int)
  rankBefore!: number;

  @Field(() => Int)
  rankAfter!: number;

  @Field(() => Float)
  scoreBefore!: number;

  @Field(() => Float)
  scoreAfter!: number;
}
