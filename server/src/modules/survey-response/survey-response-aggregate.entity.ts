import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * Counts of survey responses per calendar period (in the organisation's time zone) and per
 * journey × stage × channel × segment; 0 stands for "none" (a response about the journey as a
 * whole, without a channel or segment). Changed in the same statement as every ingest and
 * erasure, so summaries never scan raw responses. Days answer the edges of a date range, months
 * the rest: a year by stage reads twelve rows per cell instead of 365.
 */
abstract class ResponseCounts {
  @PrimaryKey({ type: 'integer' })
  journeyId!: number;

  @PrimaryKey({ type: 'integer' })
  stageId!: number;

  @PrimaryKey({ type: 'integer' })
  channelId!: number;

  @PrimaryKey({ type: 'integer' })
  segmentId!: number;

  @Property({ type: 'integer' })
  responses!: number;

  @Property({ type: 'integer' })
  promoters!: number;

  @Property({ type: 'integer' })
  passives!: number;

  @Property({ type: 'integer' })
  detractors!: number;
}

@Entity({ tableName: 'survey_response_daily' })
@Index({ properties: ['day'] })
export class SurveyResponseDaily extends ResponseCounts {
  @PrimaryKey({ type: 'date' })
  day!: string;
}

@Entity({ tableName: 'survey_response_monthly' })
export class SurveyResponseMonthly extends ResponseCounts {
  /** The first day of the month. */
  @PrimaryKey({ type: 'date' })
  month!: string;
}
