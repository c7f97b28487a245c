import type { SqlEntityManager } from '@mikro-orm/sql';
import type { DemoNpsLevel } from './demo-data.js';

/**
 * Synthetic survey responses in one INSERT … SELECT over generate_series: every draw (day, hour,
 * segment, channel, score, comment) is a hash of the response's number with a salt per draw, so
 * a plan gives the same rows on every run, on PostgreSQL and on PGlite alike (hashint4extended is
 * the same function in both), without a round trip per row. The demo seed and the NPS benchmark
 * write their responses with it; the daily and monthly counts are then recounted from the rows.
 */

export interface ResponseCell {
  journeyId: number;
  /** null: responses about the journey as a whole. */
  stageId: number | null;
  /** The channels the responses come through; the first most often (weights n, n − 1, …, 1). */
  channelIds: readonly number[];
  /** The journey's segments; shares are normalised, offsets are added to the NPS level. */
  segments: readonly { id: number; share: number; offset: number }[];
  responses: number;
  level: DemoNpsLevel;
}

export interface ResponsePlan {
  source: string;
  /** externalId = prefix + the response's number, zero-padded. */
  externalIdPrefix: string;
  /** The first day (YYYY-MM-DD on the organisation's calendar) and how many days the responses spread over. */
  firstDay: string;
  days: number;
  /** Share of passives in every draw; promoters and detractors make up the level around it. */
  passiveShare: number;
  commentShare: number;
  comments: { detractor: readonly string[]; passive: readonly string[]; promoter: readonly string[] };
  cells: readonly ResponseCell[];
}

/** Lower bounds of the buckets of width_bucket, for weights in order. */
function bounds(weights: readonly number[]): number[] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  let cumulative = 0;
  return weights.map(w => {
    const bound = cumulative / total;
    cumulative += w;
    return bound;
  });
}

/** A uniform draw in [0, 1) from the response number `n` and a salt: 24 bits of its 64-bit hash. */
const draw = (salt: number) => `((hashint4extended(n, ${salt}) & 16777215)::float8 / 16777216)`;

/** Detractor scores 0–6, most of them 5 or 6, as in real surveys: lower bounds of each score's bucket. */
const DETRACTOR_SCORES = [0, 0.03, 0.06, 0.11, 0.2, 0.35, 0.6];

/** Responses between 07:00 and 23:00 local time. */
const FIRST_SECOND = 7 * 3600;
const SECONDS = 16 * 3600;

/** Writes the plan's responses (the caller's transaction); answers how many rows were written. */
export async function writeResponses(em: SqlEntityManager, plan: ResponsePlan, timeZone: string): Promise<number> {
  let next = 1;
  const cells = plan.cells
    .filter(cell => cell.responses > 0)
    .map(cell => {
      const first = next;
      next += cell.responses;
      const channels = cell.channelIds.map((_, i) => cell.channelIds.length - i);
      return {
        first,
        responses: cell.responses,
        journey_id: cell.journeyId,
        stage_id: cell.stageId,
        channel_ids: cell.channelIds,
        channel_bounds: bounds(channels),
        segment_ids: cell.segments.map(s => s.id),
        segment_bounds: bounds(cell.segments.map(s => s.share)),
        segment_offsets: cell.segments.map(s => s.offset),
        nps: cell.level.nps,
        trend: cell.level.trend ?? 0,
        step_on: cell.level.step?.on ?? null,
        step_by: cell.level.step?.by ?? 0,
      };
    });
  if (cells.length === 0) return 0;
  const digits = Math.max(7, String(next - 1).length);
  // The level may not leave the range that promoters and detractors can make beside the passives.
  const limit = 100 * (1 - plan.passiveShare) - 1;
  const sql = `
  with cells as (
    select * from jsonb_to_recordset(?::jsonb) as c(
      first int, responses int, journey_id int, stage_id int, channel_ids int[], channel_bounds float8[],
      segment_ids int[], segment_bounds float8[], segment_offsets float8[], nps float8, trend float8, step_on date, step_by float8)
  ),
  drawn as (
    select c.*, n, floor(${draw(1)} * ?::int)::int as d, width_bucket(${draw(2)}, segment_bounds) as s, ${draw(3)} as u_channel,
           ${draw(4)} as u_category, ${draw(5)} as u_score, floor(${draw(6)} * ${SECONDS})::int as second_of_day, ${draw(7)} as u_comment
    from cells c, generate_series(c.first, c.first + c.responses - 1) as n
  ),
  levelled as (
    select n, journey_id, stage_id, segment_ids[s] as segment_id, u_category, u_score, u_comment, ?::date + d as local_day, second_of_day,
           case when cardinality(channel_ids) > 0 then channel_ids[width_bucket(u_channel, channel_bounds)] end as channel_id,
           greatest(-${limit}, least(${limit},
             nps - trend * (1 - d::float8 / greatest(?::int - 1, 1)) - case when ?::date + d < step_on then step_by else 0 end + coalesce(segment_offsets[s], 0)
           )) / 100 as level
    from drawn
  ),
  scored as (
    select *, case when u_category < (1 - ?::float8 - level) / 2 then 'detractor'
                   when u_category < (1 + ?::float8 - level) / 2 then 'passive' else 'promoter' end as category
    from levelled
  )
  insert into survey_response (source, external_id, score, journey_id, stage_id, channel_id, segment_id, responded_at, comment)
  select ?, ? || lpad(n::text, ${digits}, '0'),
         case category when 'detractor' then width_bucket(u_score, array[${DETRACTOR_SCORES.join(', ')}]::float8[]) - 1
                       when 'passive' then 7 + (u_score >= 0.5)::int else 9 + (u_score >= 0.55)::int end,
         journey_id, stage_id, channel_id, segment_id,
         (local_day + make_interval(secs => ${FIRST_SECOND} + second_of_day)) at time zone ?::text,
         case when u_comment < ?::float8 then ?::jsonb -> category ->> floor(u_comment / ?::float8 * jsonb_array_length(?::jsonb -> category))::int end
  from scored order by n`;
  const comments = JSON.stringify(plan.comments);
  const params = [
    JSON.stringify(cells),
    plan.days,
    plan.firstDay,
    plan.days,
    plan.firstDay,
    plan.passiveShare,
    plan.passiveShare,
    plan.source,
    plan.externalIdPrefix,
    timeZone,
    plan.commentShare,
    comments,
    plan.commentShare,
    comments,
  ];
  const result = await em.getConnection().execute<{ affectedRows: number }>(sql, params, 'run', em.getTransactionContext());
  return result.affectedRows;
}
