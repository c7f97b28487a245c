import { ArrayMaxSize, IsEnum, IsNumber, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { NOT_BLANK, Omittable } from '../../common/validation.js';
import { KpiDirection } from './kpi.entity.js';
import { VersionedArgs } from '../../common/versioned.args.js';

const FINITE = { allowNaN: false, allowInfinity: false };
/** More stages than any journey map has; a guard against absurd requests, not a business rule. */
const MAX_STAGES = 100;

@InputType({ description: 'Filters of allKpis; all given filters must hold.' })
export class KpiFilter {
  @Field({ nullable: true, description: 'Text found in the name, description or unit.' })
  q?: string;

  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  departmentId?: string;

  @Field(() => ID, { nullable: true, description: 'KPIs that serve this journey stage.' })
  stageId?: string;

  @Field(() => KpiDirection, { nullable: true })
  direction?: KpiDirection;
}

@ArgsType()
export class CreateKpiArgs {
  @Field()
  @Length(1, 160)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  description?: string | null;

  @Field({ description: 'e.g. %, seconds, €, count.' })
  @Length(1, 40)
  @Matches(NOT_BLANK, { message: 'unit must not be blank' })
  unit!: string;

  @Field(() => KpiDirection)
  @IsEnum(KpiDirection)
  direction!: KpiDirection;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber(FINITE)
  target?: number | null;

  @Field(() => ID, { description: 'The department that owns the KPI.' })
  departmentId!: string;

  @Field(() => [ID], { nullable: true, description: 'The journey stages the KPI serves.' })
  @IsOptional()
  @ArrayMaxSize(MAX_STAGES)
  stageIds?: string[] | null;
}

@ArgsType()
export class UpdateKpiArgs extends VersionedArgs {
  @Field({ nullable: true })
  @Omittable()
  @Length(1, 160)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  description?: string | null;

  @Field({ nullable: true })
  @Omittable()
  @Length(1, 40)
  @Matches(NOT_BLANK, { message: 'unit must not be blank' })
  unit?: string;

  @Field(() => KpiDirection, { nullable: true })
  @Omittable()
  @IsEnum(KpiDirection)
  direction?: KpiDirection;

  @Field(() => Float, { nullable: true, description: 'null clears the target.' })
  @IsOptional()
  @IsNumber(FINITE)
  target?: number | null;

  @Field(() => ID, { nullable: true })
  @Omittable()
  departmentId?: string;

  @Field(() => [ID], { nullable: true, description: 'Replaces the set of stages when given ([] clears it).' })
  @IsOptional()
  @ArrayMaxSize(MAX_STAGES)
  stageIds?: string[] | null;
}
