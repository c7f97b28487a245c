import { IMPACT_LEVELS } from './scoring.maths.js';

/**
 * The journey impact score of DESIGN §2 in SQL, so that lists sort and filter by it in the
 * database and every read computes it from the data of that moment (no stored scores to go stale).
 * scoring.maths.ts is the same formula in TypeScript (previews, tests); a test holds them equal.
 *
 * `scoreCtes` defines, for one statement:
 *   - `score_model`: the scoring model (the active one, or a proposed one for a preview);
 *   - `stage_weight`: per stage its inputs, NPS, margin, gap factor with its reason, and weight.
 * Expressions below then read them for the row of an initiative.
 */

/** Model values for a preview; absent: the active model (the highest version). */
export interface ModelValues {
  version: number;
  levels: Record<string, number>;
  gapWeight: number;
  minResponses: number;
  windowDays: number;
  commercialWeight: number;
}

const f8 = (value: number) => {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  return `${value}::float8`;
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Responses per stage in the window [today − windowDays + 1, today]: the kept counts of
 * stage_window_count when they are for this day and window, else (after midnight, before the
 * refresh; a preview's other window; a new stage) from the monthly and daily counts: whole months
 * from the month of the window's first day (or the next, whichever leaves fewer days to correct),
 * corrected by the days of that month outside the window and by days after today.
 */
function windowCounts(): string {
  const slow = `
    select x.stage_id, sum(x.responses)::int as responses, sum(x.promoters)::int as promoters, sum(x.detractors)::int as detractors
    from (
      select m.stage_id, m.responses, m.promoters, m.detractors from survey_response_monthly m, score_bounds b
      where m.month >= (case when b.f - b.mf <= b.mfn - b.f then b.mf else b.mfn end) and m.month <= b.mt
      union all
      select d.stage_id, -d.responses, -d.promoters, -d.detractors from survey_response_daily d, score_bounds b
      where b.f - b.mf <= b.mfn - b.f and d.day >= b.mf and d.day < b.f
      union all
      select d.stage_id, d.responses, d.promoters, d.detractors from survey_response_daily d, score_bounds b
      where b.f - b.mf > b.mfn - b.f and d.day >= b.f and d.day < b.mfn
      union all
      select d.stage_id, -d.responses, -d.promoters, -d.detractors from survey_response_daily d, score_bounds b
      where d.day > b.t and d.day < b.mtn
    ) x
    where x.stage_id <> 0 and x.stage_id not in (select stage_id from score_kept)
      -- Read at all only when some stage lacks current kept counts (a one-time check).
      and exists (select 1 from journey_stage s where s.id not in (select stage_id from score_kept))
    group by x.stage_id`;
  return `
  score_bounds as (
    select w.t, w.f, date_trunc('month', w.f)::date as mf, (date_trunc('month', w.f) + interval '1 month')::date as mfn,
           date_trunc('month', w.t)::date as mt, (date_trunc('month', w.t) + interval '1 month')::date as mtn
    from (select score_today.t, score_today.t - (m.window_days - 1) as f from score_today, score_model m) w
  ),
  score_kept as (
    select c.stage_id, c.responses, c.promoters, c.detractors from stage_window_count c, score_today, score_model m
    where c.as_of = score_today.t and c.window_days = m.window_days
  ),
  score_counts as (
    select stage_id, responses, promoters, detractors from score_kept
    union all ${slow}
  )`;
}

/** The model row: the active one, or literal values. */
function modelRelation(model?: ModelValues): string {
  if (!model) {
    return `select version, levels, gap_weight, min_responses, window_days, commercial_weight from scoring_model order by version desc limit 1`;
  }
  const levels = `jsonb_build_object(${IMPACT_LEVELS.map(level => `'${level}', ${f8(model.levels[level])}`).join(', ')})`;
  return `select ${Math.trunc(model.version)} as version, ${levels} as levels, ${f8(model.gapWeight)} as gap_weight,
    ${Math.trunc(model.minResponses)} as min_responses, ${Math.trunc(model.windowDays)} as window_days, ${f8(model.commercialWeight)} as commercial_weight`;
}

/**
 * The CTEs every scored statement starts with (without the `with`). `today` is the organisation's
 * calendar date (YYYY-MM-DD); it is written into the SQL as a literal, checked here.
 */
export function scoreCtes(today: string, model?: ModelValues): string {
  if (!DATE.test(today)) throw new Error(`not a date: ${today}`);
  // Every number as float8, in the order of scoring.maths.ts, so that both give the same doubles.
  return `
  score_model as materialized (${modelRelation(model)}),
  score_today as (select '${today}'::date as t),${windowCounts()},
  stage_weight as materialized (
    select s.id as stage_id, s.name as stage_name, j.id as journey_id, j.name as journey_name,
      s.importance, s.reach, coalesce(s.target_nps, j.target_nps)::float8 as target,
      e.n as responses, e.nps, e.moe, g.gap_factor, g.gap_reason,
      (s.importance * s.reach) * g.gap_factor as weight
    from journey_stage s
    join journey j on j.id = s.journey_id
    cross join score_model m
    left join score_counts c on c.stage_id = s.id
    cross join lateral (
      select coalesce(c.responses, 0) as n,
        case when coalesce(c.responses, 0) > 0 then (100 * (c.promoters - c.detractors))::float8 / c.responses end as nps,
        case when coalesce(c.responses, 0) > 0 then 1.96::float8 * (100::float8 * sqrt(
          ((c.promoters + 0.75::float8) / (c.responses + 3) + (c.detractors + 0.75::float8) / (c.responses + 3)
            - ((c.promoters + 0.75::float8) / (c.responses + 3) - (c.detractors + 0.75::float8) / (c.responses + 3)) ^ 2) / (c.responses + 3))) end as moe
    ) e
    cross join lateral (
      select
        case when coalesce(s.target_nps, j.target_nps) is null or e.n < m.min_responses then 1::float8
             else 1 + (m.gap_weight * greatest(0::float8, coalesce(s.target_nps, j.target_nps) - e.nps - e.moe)) / 100 end as gap_factor,
        case when coalesce(s.target_nps, j.target_nps) is null then 'no target'
             when e.n < m.min_responses then 'fewer than ' || m.min_responses || ' responses (' || e.n || ')'
             when e.nps >= coalesce(s.target_nps, j.target_nps) then 'meets its target'
             when coalesce(s.target_nps, j.target_nps) - e.nps - e.moe <= 0 then 'shortfall within the margin of error'
        end as gap_reason
    ) g
  )`;
}

/** The value of an impact level under the model (`si` an alias of stage_impact). */
const levelValue = (impact: string) => `(select (m.levels ->> ${impact}.level)::float8 from score_model m)`;

/** J of the initiative row `alias`: Σ level × W over its impacts. */
export const journeyImpactSql = (alias: string) =>
  `(select coalesce(sum(${levelValue('si')} * w.weight), 0::float8) from stage_impact si join stage_weight w on w.stage_id = si.stage_id where si.initiative_id = ${alias}.id)`;

/** B of the initiative row `alias`. */
export const businessFactorSql = (alias: string) => `(select 1 + (m.commercial_weight * (${alias}.commercial_value - 3)) / 2 from score_model m)`;

/** P of the initiative row `alias`, given the SQL of its J. */
export const priorityScoreSql = (alias: string, journeyImpact = journeyImpactSql(alias)) =>
  `(((${journeyImpact}) * ${alias}.confidence) * ${businessFactorSql(alias)} / ${alias}.effort)`;

/** The whole ScoreBreakdown of the initiative row `alias`, as JSON (J computed once). */
export const breakdownSql = (alias: string) => `(select json_build_object(
    'terms', coalesce((select json_agg(json_build_object(
        'stageId', w.stage_id::text, 'stageName', w.stage_name, 'journeyId', w.journey_id::text, 'journeyName', w.journey_name,
        'level', si.level, 'levelValue', (m.levels ->> si.level)::float8, 'importance', w.importance, 'reach', w.reach,
        'actualNps', w.nps, 'marginOfError', w.moe, 'responses', w.responses, 'target', w.target,
        'gapFactor', w.gap_factor, 'gapReason', w.gap_reason, 'stageWeight', w.weight, 'contribution', (m.levels ->> si.level)::float8 * w.weight
      ) order by si.id) from stage_impact si join stage_weight w on w.stage_id = si.stage_id where si.initiative_id = ${alias}.id), '[]'::json),
    'journeyImpact', x.j,
    'businessFactor', x.b,
    'commercialValue', ${alias}.commercial_value,
    'confidence', ${alias}.confidence,
    'effort', ${alias}.effort,
    'priorityScore', ((x.j * ${alias}.confidence) * x.b) / ${alias}.effort,
    'modelVersion', m.version
  ) from score_model m cross join lateral (select ${journeyImpactSql(alias)} as j, 1 + (m.commercial_weight * (${alias}.commercial_value - 3)) / 2 as b) x)`;

/**
 * J and P of every initiative (or only those in the statuses given), for sorting, filtering and
 * ranking a whole list at once: one hash join of impacts and stage weights, not a subquery per row.
 */
export const initiativeScoresCte = scoresCte();

export function scoresCte(statuses?: readonly string[]): string {
  const only = (alias: string) => (statuses ? `where ${alias}.status in (${statuses.map(s => `'${s.replace(/'/g, "''")}'`).join(', ')})` : '');
  return `
  initiative_score as (
    select i.id as initiative_id, coalesce(x.j, 0::float8) as journey_impact,
      ((coalesce(x.j, 0::float8) * i.confidence) * (1 + (m.commercial_weight * (i.commercial_value - 3)) / 2) / i.effort) as priority_score
    from initiative i cross join score_model m
    left join (
      select si.initiative_id, sum((m2.levels ->> si.level)::float8 * w.weight) as j
      from stage_impact si join stage_weight w on w.stage_id = si.stage_id cross join score_model m2
      ${statuses ? `join initiative oi on oi.id = si.initiative_id ${only('oi')}` : ''}
      group by si.initiative_id
    ) x on x.initiative_id = i.id
    ${only('i')}
  )`;
}

/**
 * The open candidates ranked (DESIGN §2), after `scoresCte(OPEN)`: by score, descending (ties: the
 * older first), a pin taking its rank when there are that many candidates, the others filling the
 * free ranks in score order, pins beyond the last rank last. The same rule as assignRanks.
 */
export const rankedCte = `
  ranked_candidate as (
    select i.id, i.pinned_rank, i.department_id, i.pillar, i.target_quarter, i.status, s.priority_score, s.journey_impact
    from initiative_score s join initiative i on i.id = s.initiative_id
  ),
  ranked_count as (select count(*)::int as n from ranked_candidate),
  -- Pins that hold their rank, numbered in rank order (j).
  ranked_pin as (
    select c.id, c.pinned_rank as rank, row_number() over (order by c.pinned_rank) as j
    from ranked_candidate c, ranked_count where c.pinned_rank is not null and c.pinned_rank <= ranked_count.n
  ),
  -- Everyone else in score order (pins beyond the last rank after them); k counts from 1.
  ranked_queue as (
    select c.*, row_number() over (order by c.pinned_rank is not null, case when c.pinned_rank is null then c.priority_score end desc, c.pinned_rank, c.id) as k
    from ranked_candidate c where c.id not in (select id from ranked_pin)
  ),
  -- The k-th free rank is k plus the pins before it: those with fewer than k free ranks below them (rank − j < k).
  ranked as (
    select c.id, c.pinned_rank, c.department_id, c.pillar, c.target_quarter, c.status, c.priority_score, c.journey_impact, p.rank::int as rank, true as pinned
    from ranked_candidate c join ranked_pin p on p.id = c.id
    union all
    select q.id, q.pinned_rank, q.department_id, q.pillar, q.target_quarter, q.status, q.priority_score, q.journey_impact,
      (q.k + (select count(*) from ranked_pin x where x.rank - x.j < q.k))::int as rank, q.pinned_rank is not null as pinned
    from ranked_queue q
  )`;
