/** How npsSummary groups its rows (notes/nps-api.md). */
export type NpsGroupBy = 'JOURNEY' | 'STAGE' | 'CHANNEL' | 'SEGMENT' | 'MONTH' | 'QUARTER';

/** The filters of npsSummary; dates are calendar days (YYYY-MM-DD, inclusive, the organisation's time zone). */
export interface NpsSummaryArgs {
  groupBy: NpsGroupBy;
  journeyId?: string;
  stageId?: string;
  channelId?: string;
  segmentId?: string;
  from?: string;
  to?: string;
}

/** One group of responses; NPS, margin and interval are null when it has none. */
export interface NpsSummaryRow {
  /** JOURNEY/STAGE: the id; CHANNEL/SEGMENT: the id or "none"; MONTH: "2026-03"; QUARTER: "2026-Q1". */
  key: string;
  label: string;
  responses: number;
  promoters: number;
  passives: number;
  detractors: number;
  nps: number | null;
  marginOfError: number | null;
  intervalLow: number | null;
  intervalHigh: number | null;
  /** Fewer responses than the scoring model's minimum: shown, never hidden, but not to be trusted. */
  insufficient: boolean;
  target: number | null;
  /** target − nps: positive is below target. */
  gap: number | null;
}
