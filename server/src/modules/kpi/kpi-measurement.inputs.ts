import { IsNumber, IsOptional, Matches, MaxLength } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { Omittable, PERIOD, PERIOD_MESSAGE } from '../../common/validation.js';
import { VersionedArgs } from '../../common/versioned.args.js';

const FINITE = { allowNaN: false, allowInfinity: false };

@InputType({ description: 'Filters of allKpiMeasurements; all given filters must hold. Periods compare as text, so a range is meant for months or for quarters.' })
export class KpiMeasurementFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  kpiId?: string;

  @Field({ nullable: true, description: 'Exactly this period, e.g. 2026-11 or 2026-Q4.' })
  period?: string;

  @Field({ nullable: true, description: 'This period or a later one.' })
  period_gte?: string;

  @Field({ nullable: true, description: 'This period or an earlier one.' })
  period_lte?: string;
}

@ArgsType()
export class CreateKpiMeasurementArgs {
  @Field(() => ID)
  kpiId!: string;

  @Field({ description: 'YYYY-MM (a month) or YYYY-Qn (a quarter); one value per KPI and period.' })
  @Matches(PERIOD, { message: PERIOD_MESSAGE })
  period!: string;

  @Field(() => Float)
  @IsNumber(FINITE)
  value!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  note?: string | null;
}

@ArgsType()
export class UpdateKpiMeasurementArgs extends VersionedArgs {
  @Field({ nullable: true })
  @Omittable()
  @Matches(PERIOD, { message: PERIOD_MESSAGE })
  period?: string;

  @Field(() => Float, { nullable: true })
  @Omittable()
  @IsNumber(FINITE)
  value?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  note?: string | null;
}
