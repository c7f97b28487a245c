import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ImpactLevel } from '../initiative/initiative.enums.js';
import { JourneyStage } from '../journey/journey-stage.entity.js';

export enum NpsGroupBy {
  JOURNEY = 'JOURNEY',
  STAGE = 'STAGE',
  CHANNEL = 'CHANNEL',
  SEGMENT = 'SEGMENT',
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
}
registerEnumType(NpsGroupBy, { name: 'NpsGroupBy', description: 'How npsSummary groups responses; months and quarters are calendar periods in the organisation’s time zone.' });

@ArgsType()
export class NpsSummaryArgs {
  @Field(() => ID, { nullable: true })
  journeyId?: string | null;

  @Field(() => ID, { nullable: true })
  stageId?: string | null;

  @Field(() => ID, { nullable: true })
  channelId?: string | null;

  @Field(() => ID, { nullable: true })
  segmentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only the stages this department’s KPIs serve.' })
  departmentId?: string | null;

  @Field(() => String, { nullable: true, description: 'First day, inclusive (YYYY-MM-DD, the organisation’s calendar).' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day, inclusive.' })
  to?: string | null;

  @Field(() => NpsGroupBy, { defaultValue: NpsGroupBy.JOURNEY })
  groupBy: NpsGroupBy = NpsGroupBy.JOURNEY;

  @Field(() => String, { nullable: true, description: 'A period to compare with (first day, inclusive): rows then carry previousNps, change and significantChange.' })
  compareFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day of the period to compare with, inclusive.' })
  compareTo?: string | null;
}

@ObjectType({ description: 'NPS of one group of responses (DESIGN §3).' })
export class NpsSummaryRow {
  @Field({ description: 'The journey, stage, channel or segment id ("none" when not given), or the period (2026-03, 2026-Q1).' })
  key!: string;

  @Field()
  label!: string;

  @Field(() => Int)
  responses!: number;

  @Field(() => Int)
  promoters!: number;

  @Field(() => Int)
  passives!: number;

  @Field(() => Int)
  detractors!: number;

  @Field(() => Float, { nullable: true, description: '100 × (promoters − detractors) / responses; null without responses.' })
  nps!: number | null;

  @Field(() => Float, { nullable: true, description: '95% margin of error (adjusted Wald).' })
  marginOfError!: number | null;

  @Field(() => Float, { nullable: true, description: 'NPS − margin, clipped to −100.' })
  intervalLow!: number | null;

  @Field(() => Float, { nullable: true, description: 'NPS + margin, clipped to 100.' })
  intervalHigh!: number | null;

  @Field({ description: 'Fewer responses than the scoring model’s minimum (30): shown, but not to be trusted.' })
  insufficient!: boolean;

  @Field(() => Float, { nullable: true, description: 'The target NPS that applies: the stage’s own or else its journey’s.' })
  target!: number | null;

  @Field(() => Float, { nullable: true, description: 'target − NPS: positive when below target.' })
  gap!: number | null;

  @Field(() => Int, { nullable: true, description: 'Responses in the comparison period.' })
  previousResponses?: number | null;

  @Field(() => Float, { nullable: true })
  previousNps?: number | null;

  @Field(() => Float, { nullable: true, description: 'NPS − previousNps.' })
  change?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the change is beyond noise: |ΔNPS| > 1.96 × √(SE₁² + SE₂²).' })
  significantChange?: boolean | null;
}

@ObjectType({ description: 'NPS of one stage over one window.' })
export class NpsWindow {
  @Field({ description: 'First day, inclusive.' })
  from!: string;

  @Field({ description: 'Last day, inclusive.' })
  to!: string;

  @Field(() => Int)
  responses!: number;

  @Field(() => Float, { nullable: true })
  nps!: number | null;

  @Field(() => Float, { nullable: true })
  marginOfError!: number | null;
}

@ObjectType({ description: 'What a done initiative did to one stage it touched: NPS before and after its completion.' })
export class RealisedStageImpact {
  @Field(() => ID)
  stageId!: string;

  @Field(() => JourneyStage)
  stage!: JourneyStage;

  @Field(() => ImpactLevel, { description: 'The impact the initiative expected on this stage.' })
  expectedLevel!: ImpactLevel;

  @Field(() => NpsWindow, { description: 'The window before the day of completion.' })
  before!: NpsWindow;

  @Field(() => NpsWindow, { description: 'The window after the day of completion.' })
  after!: NpsWindow;

  @Field(() => Float, { nullable: true, description: 'after − before; null when either window has no responses.' })
  difference!: number | null;

  @Field({ description: 'Whether the difference is beyond noise (the two-period test of DESIGN §3).' })
  significant!: boolean;
}
