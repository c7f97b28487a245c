import { IsNumber, IsOptional, Matches, MaxLength } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { Omittable, PERIOD, PERIOD_MESSAGE } from '../../common/validation.js';
import { VersionedArgs } from '../../common/versioned.args.js';

const FINITE = { allowNaN: false, allowInfinity: false };

@InputType({
  description:
    'Filters of allKpiMeasurements; all given filters must hold. Periods compare as the time they cover: period_gte keeps periods starting on or after its first day, period_lte those ending on or before its last day.',
})
export class KpiMeasurementFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  kpiId?: string;

  @Field(() => ID, { nullable: true, description: "Measurements of this department's KPIs." })
  departmentId?: string;

  @Field({ nullable: true, description: 'Exactly this period, e.g. 2026-11 or 2026-Q4.' })
  period?: string;

  @Field({ nullable: true, description: 'Periods starting on or after the first day of this one: 2026-Q4 keeps 2026-10, 2026-Q4 and later.' })
  period_gte?: string;

  @Field({ nullable: true, description: 'Periods ending on or before the last day of this one: 2026-11 keeps 2026-11, 2026-Q3 and earlier, not 2026-Q4.' })
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
