import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { ArgsType, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { QUARTER, QUARTER_MESSAGE } from '../../common/validation.js';
import { Department } from '../department/department.entity.js';
import { Pillar } from '../initiative/initiative.enums.js';
import { Initiative } from '../initiative/initiative.entity.js';
import { JourneyStage } from '../journey/journey-stage.entity.js';

@ArgsType()
export class RoadmapArgs {
  @Field(() => String, { nullable: true, description: 'Only candidates for this quarter (YYYY-Qn): targeting it, without a target quarter, or carried over from a quarter that has passed.' })
  @IsOptional()
  @Matches(QUARTER, { message: QUARTER_MESSAGE })
  quarter?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only initiatives this department owns or contributes to.' })
  departmentId?: string | null;

  @Field(() => Pillar, { nullable: true })
  pillar?: Pillar | null;

  @Field(() => Int, { nullable: true, description: 'At most this many rows, 1 to 1000; 100 when omitted.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number | null;
}

@ObjectType({ description: 'An open candidate on the roadmap: its rank across departments and its score.' })
export class RoadmapEntry {
  @Field(() => Int, { description: 'The rank on the one roadmap across departments (filters do not renumber it).' })
  rank!: number;

  @Field({ description: 'Whether the regie team pinned this rank.' })
  pinned!: boolean;

  @Field(() => Float)
  priorityScore!: number;

  @Field(() => Float)
  journeyImpact!: number;

  @Field({ description: 'Its target quarter has passed while it is still open.' })
  carriedOver!: boolean;

  @Field(() => Initiative)
  initiative!: Initiative;
}

@ObjectType()
export class PlannedInitiative {
  @Field(() => Int)
  rank!: number;

  @Field(() => Initiative)
  initiative!: Initiative;

  @Field(() => Float, { description: 'Person-weeks of this and the planned ones before it.' })
  cumulativeEffort!: number;

  @Field()
  carriedOver!: boolean;
}

@ObjectType()
export class DeferredInitiative {
  @Field(() => Int)
  rank!: number;

  @Field(() => Initiative)
  initiative!: Initiative;

  @Field({ description: 'e.g. "over capacity by 3.5 person-weeks", "no capacity set for CS in 2027-Q2".' })
  reason!: string;

  @Field()
  carriedOver!: boolean;
}

@ObjectType({ description: 'One department’s part of a quarter plan.' })
export class DepartmentPlan {
  @Field(() => Department)
  department!: Department;

  @Field(() => Float, { nullable: true, description: 'Person-weeks for the quarter; empty when none is set.' })
  capacity!: number | null;

  @Field(() => Float)
  plannedEffort!: number;

  @Field(() => Float, { nullable: true, description: 'Capacity left after the planned initiatives.' })
  remaining!: number | null;

  @Field(() => [PlannedInitiative])
  planned!: PlannedInitiative[];

  @Field(() => [DeferredInitiative])
  deferred!: DeferredInitiative[];
}

@ObjectType({ description: 'The numbers of a stage behind a silo finding: its NPS over the scoring window against its target.' })
export class StageFigures {
  @Field(() => Float, { nullable: true })
  actualNps!: number | null;

  @Field(() => Float, { nullable: true })
  marginOfError!: number | null;

  @Field(() => Int)
  responses!: number;

  @Field(() => Float, { nullable: true })
  target!: number | null;

  @Field(() => Float, { nullable: true, description: 'target − NPS; positive: below target.' })
  gap!: number | null;

  @Field(() => Int)
  importance!: number;

  @Field(() => Float)
  reach!: number;
}

@ObjectType({ description: 'Open initiatives of different departments touching one stage (DESIGN §2).' })
export class Overlap extends StageFigures {
  @Field(() => JourneyStage)
  stage!: JourneyStage;

  @Field(() => [Department], { description: 'The owning departments, by name.' })
  departments!: Department[];

  @Field(() => [Initiative], { description: 'The open initiatives touching the stage, highest score first.' })
  initiatives!: Initiative[];

  @Field(() => Float, { description: 'Their effort together, in person-weeks.' })
  combinedEffort!: number;
}

@ObjectType({ description: 'An important stage (importance 4 or 5) below target beyond its margin that no open initiative touches (DESIGN §2).' })
export class UncoveredMoment extends StageFigures {
  @Field(() => JourneyStage)
  stage!: JourneyStage;
}
