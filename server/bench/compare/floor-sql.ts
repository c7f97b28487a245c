/**
 * The floor's statements: per scenario the one hand-written SQL statement that checks the bearer
 * token and builds the whole GraphQL-shaped answer as JSON text, the same JSON Regie answers
 * (the harness checks that before measuring). Parameters: $1 the token's id, $2 the SHA-256 of its
 * secret, then the scenario's own. A null `body` means the token was refused.
 */

/** A token that exists, is neither revoked nor expired, and holds `scope`. */
const token = (scope: string) => `select t.id, t.name, t.department_id from api_token t
  where t.id = $1 and t.secret_hash = $2 and t.revoked_at is null and (t.expires_at is null or t.expires_at > now()) and '${scope}' = any(t.scopes)`;

const iso = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const data = (field: string, value: string) => `json_build_object('data', json_build_object('${field}', ${value}))::text`;

/** Scenario 1 (and the reads of the mixed run): $3 the page size. */
export const INITIATIVES_PAGE = `with tok as (${token('read')})
select case when exists (select 1 from tok) then ${data(
  'allInitiatives',
  `(select coalesce(json_agg(json_build_object(
      'id', i.id::text, 'title', i.title, 'status', i.status, 'pillar', i.pillar, 'effort', i.effort, 'confidence', i.confidence, 'version', i.version,
      'department', json_build_object('id', d.id::text, 'name', d.name, 'code', d.code),
      'owner', case when p.id is not null then json_build_object('id', p.id::text, 'name', p.name) end,
      'contributingDepartments', coalesce((select json_agg(json_build_object('id', cd.id::text, 'code', cd.code) order by cd.id)
          from initiative_contributor ic join department cd on cd.id = ic.department_id where ic.initiative_id = i.id), '[]'::json),
      'impacts', coalesce((select json_agg(json_build_object('id', si.id::text, 'level', si.level,
            'stage', json_build_object('id', s.id::text, 'name', s.name, 'position', s.position, 'journey', json_build_object('id', j.id::text, 'name', j.name))) order by si.id)
          from stage_impact si join journey_stage s on s.id = si.stage_id join journey j on j.id = s.journey_id where si.initiative_id = i.id), '[]'::json)
    ) order by i.id), '[]'::json)
    from (select * from initiative order by id limit $3) i
    join department d on d.id = i.department_id
    left join person p on p.id = i.owner_id)`,
)} end as body`;

/** Scenario 2: every journey with its stages (by position) and their channels. */
export const JOURNEYS = `with tok as (${token('read')})
select case when exists (select 1 from tok) then ${data(
  'allJourneys',
  `(select coalesce(json_agg(json_build_object(
      'id', j.id::text, 'name', j.name, 'targetNps', j.target_nps,
      'stages', coalesce((select json_agg(json_build_object(
            'id', s.id::text, 'name', s.name, 'position', s.position, 'importance', s.importance, 'reach', s.reach,
            'channels', coalesce((select json_agg(json_build_object('id', c.id::text, 'name', c.name) order by c.id)
                from journey_stage_channel sc join channel c on c.id = sc.channel_id where sc.journey_stage_id = s.id), '[]'::json)
          ) order by s.position) from journey_stage s where s.journey_id = j.id), '[]'::json)
    ) order by j.id), '[]'::json) from journey j)`,
)} end as body`;

/** Scenario 3: one initiative's page, $3 its id; its decisions newest first. */
export const INITIATIVE_PAGE = `with tok as (${token('read')}),
page as (
  select json_build_object(
    'id', i.id::text, 'title', i.title, 'description', i.description, 'status', i.status, 'pillar', i.pillar, 'effort', i.effort,
    'confidence', i.confidence, 'commercialValue', i.commercial_value, 'targetQuarter', i.target_quarter, 'pinnedRank', i.pinned_rank,
    'version', i.version, 'createdAt', ${iso('i.created_at')}, 'updatedAt', ${iso('i.updated_at')},
    'department', (select json_build_object('id', d.id::text, 'name', d.name, 'code', d.code) from department d where d.id = i.department_id),
    'owner', (select json_build_object('id', p.id::text, 'name', p.name) from person p where p.id = i.owner_id),
    'contributingDepartments', coalesce((select json_agg(json_build_object('id', cd.id::text, 'name', cd.name, 'code', cd.code) order by cd.id)
        from initiative_contributor ic join department cd on cd.id = ic.department_id where ic.initiative_id = i.id), '[]'::json),
    'impacts', coalesce((select json_agg(json_build_object('id', si.id::text, 'level', si.level, 'rationale', si.rationale,
          'stage', json_build_object('id', s.id::text, 'name', s.name, 'position', s.position, 'importance', s.importance, 'reach', s.reach,
            'journey', json_build_object('id', j.id::text, 'name', j.name))) order by si.id)
        from stage_impact si join journey_stage s on s.id = si.stage_id join journey j on j.id = s.journey_id where si.initiative_id = i.id), '[]'::json),
    'decisions', coalesce((select json_agg(json_build_object('id', dc.id::text, 'action', dc.action, 'fromValue', dc.from_value, 'toValue', dc.to_value,
          'reason', dc.reason, 'actorName', dc.actor_name, 'at', ${iso('dc.at')}) order by dc.at desc, dc.id desc)
        from decision dc where dc.initiative_id = i.id), '[]'::json)
  ) as initiative
  from initiative i where i.id = $3
)
select case
  when not exists (select 1 from tok) then null
  when exists (select 1 from page) then (select ${data('Initiative', 'initiative')} from page)
  else json_build_object('errors', json_build_array(json_build_object('message', 'Initiative ' || $3::int || ' does not exist', 'extensions', json_build_object('code', 'NOT_FOUND'))))::text
end as body`;

/**
 * The mixed run's write: $3 id, $4 the version edited, $5 title, $6 effort. The same rules as
 * Regie's updateInitiative for a department-bound token (own department, PROPOSED or
 * UNDER_REVIEW, current version) and an audit entry, in one statement.
 */
export const UPDATE_INITIATIVE = `with tok as (${token('initiatives:write')}),
cur as (select i.id, i.version, i.title, i.effort, i.department_id, i.status from initiative i where i.id = $3),
upd as (
  update initiative i set title = $5, effort = $6, version = i.version + 1, updated_at = now()
  from tok
  where i.id = $3 and i.version = $4 and (tok.department_id is null or tok.department_id = i.department_id) and i.status in ('PROPOSED', 'UNDER_REVIEW')
  returning i.id, i.version, i.title, i.effort
),
audit as (
  insert into audit_entry (actor_type, actor_id, actor_name, operation, entity, entity_id, action, changes)
  select 'API_TOKEN', tok.id, tok.name, 'updateInitiative', 'Initiative', upd.id::text, 'UPDATE', jsonb_build_array(
    jsonb_build_object('field', 'title', 'before', cur.title, 'after', upd.title),
    jsonb_build_object('field', 'effort', 'before', cur.effort, 'after', upd.effort))
  from upd, tok, cur
)
select case
  when not exists (select 1 from tok) then null
  when exists (select 1 from upd) then (select ${data('updateInitiative', `json_build_object('id', id::text, 'version', version, 'title', title, 'effort', effort)`)} from upd)
  when not exists (select 1 from cur) then json_build_object('errors', json_build_array(json_build_object('message', 'Initiative ' || $3::int || ' does not exist', 'extensions', json_build_object('code', 'NOT_FOUND'))))::text
  when exists (select 1 from cur, tok where (tok.department_id is not null and tok.department_id <> cur.department_id) or cur.status not in ('PROPOSED', 'UNDER_REVIEW'))
    then json_build_object('errors', json_build_array(json_build_object('message', 'This token may not edit initiative ' || $3::int, 'extensions', json_build_object('code', 'FORBIDDEN'))))::text
  -- A stale version; or one made stale by an update that committed while this one waited for the
  -- row, which this statement's snapshot cannot see: then the version is not known here.
  else json_build_object('errors', json_build_array(json_build_object('message', 'Initiative ' || $3::int || ' was changed by someone else',
    'extensions', json_build_object('code', 'CONFLICT', 'currentVersion', (select case when version <> $4 then version end from cur)))))::text
end as body`;

/**
 * Issue 8, scores: what a hand-written statement needs of DESIGN §2 for every stage, after
 * `tok`. $4 is the organisation's time zone (today is its calendar date). Counts per stage come
 * from stage_window_count when its rows are for today and the model's window (the server keeps
 * them so); only if some stage lacks such a row (a one-time check) does the statement sum the
 * daily counts of the window for the stages without one, so the answer is right either way.
 * The formulas are DESIGN §2 and §3, in float8, in the order Regie writes them.
 */
const SCORE_CTES = `
m as materialized (select version, levels, gap_weight, min_responses, window_days, commercial_weight from scoring_model order by version desc limit 1),
td as (select (now() at time zone $4::text)::date as t),
kept as (
  select c.stage_id, c.responses, c.promoters, c.detractors from stage_window_count c, td, m
  where c.as_of = td.t and c.window_days = m.window_days
),
counts as (
  select stage_id, responses, promoters, detractors from kept
  union all
  select d.stage_id, sum(d.responses)::int, sum(d.promoters)::int, sum(d.detractors)::int
  from survey_response_daily d, td, m
  where d.day > td.t - m.window_days and d.day <= td.t and d.stage_id <> 0 and d.stage_id not in (select stage_id from kept)
    and exists (select 1 from journey_stage s where s.id not in (select stage_id from kept))
  group by d.stage_id
),
w as materialized (
  select s.id, g.gap_factor, g.gap_reason, (s.importance * s.reach) * g.gap_factor as weight
  from journey_stage s join journey j on j.id = s.journey_id cross join m
  left join counts c on c.stage_id = s.id
  cross join lateral (
    select coalesce(c.responses, 0) as n, coalesce(s.target_nps, j.target_nps) as target,
      case when c.responses > 0 then (100 * (c.promoters - c.detractors))::float8 / c.responses end as nps,
      case when c.responses > 0 then 1.96::float8 * (100::float8 * sqrt(
        ((c.promoters + 0.75::float8) / (c.responses + 3) + (c.detractors + 0.75::float8) / (c.responses + 3)
          - ((c.promoters + 0.75::float8) / (c.responses + 3) - (c.detractors + 0.75::float8) / (c.responses + 3)) ^ 2) / (c.responses + 3))) end as moe
  ) e
  cross join lateral (
    select
      case when e.target is null or e.n < m.min_responses then 1::float8
           else 1 + (m.gap_weight * greatest(0::float8, e.target - e.nps - e.moe)) / 100 end as gap_factor,
      case when e.target is null then 'no target'
           when e.n < m.min_responses then 'fewer than ' || m.min_responses || ' responses (' || e.n || ')'
           when e.nps >= e.target then 'meets its target'
           when e.target - e.nps - e.moe <= 0 then 'shortfall within the margin of error'
      end as gap_reason
  ) g
)`;

/** P from J (SQL) of the initiative row `i` under the model row `m`. */
const priority = (j: string) => `((${j} * i.confidence) * (1 + (m.commercial_weight * (i.commercial_value - 3)) / 2) / i.effort)`;

/**
 * Scenario 5, roadmap(limit: $3): the open candidates (under review, approved, in progress) ranked
 * by P descending, ties the older first; a pin takes its rank when there are that many candidates,
 * the others fill the free ranks in score order, pins beyond the last rank come last in pin order
 * (DESIGN §2). The k-th of that queue takes the k-th free rank: k + the pins whose rank leaves
 * fewer than k free ranks before it. Only the first $3 are ranked and given their breakdowns.
 */
export const ROADMAP = `with tok as (${token('read')}),${SCORE_CTES},
cj as (
  select i.id, coalesce(sum((m.levels ->> si.level)::float8 * w.weight), 0::float8) as j
  from initiative i cross join m left join stage_impact si on si.initiative_id = i.id left join w on w.id = si.stage_id
  where i.status in ('UNDER_REVIEW', 'APPROVED', 'IN_PROGRESS')
  group by i.id
),
cand as (select i.id, i.pinned_rank, cj.j, ${priority('cj.j')} as p from cj join initiative i on i.id = cj.id cross join m),
n as (select count(*)::int as n from cand),
pins as materialized (select c.pinned_rank as r, row_number() over (order by c.pinned_rank, c.id) as k from cand c, n where c.pinned_rank <= n.n),
queue as (
  select q.id, row_number() over (order by q.pinned_rank is not null, q.score desc, q.pinned_rank, q.id) as k
  from (
    select c.id, c.pinned_rank, case when c.pinned_rank is null then c.p end as score from cand c, n
    where c.pinned_rank is null or c.pinned_rank > n.n
    order by c.pinned_rank is not null, score desc, c.pinned_rank, c.id limit $3::int
  ) q
),
top as (
  select c.id, c.pinned_rank as rank from cand c, n where c.pinned_rank <= n.n and c.pinned_rank <= $3::int
  union all
  select q.id, q.k + (select count(*) from pins where pins.r - pins.k < q.k) from queue q
  order by rank limit $3::int
)
select case when exists (select 1 from tok) then ${data(
  'roadmap',
  `(select coalesce(json_agg(json_build_object(
      'rank', t.rank, 'pinned', c.pinned_rank is not null, 'priorityScore', c.p, 'journeyImpact', c.j,
      'initiative', json_build_object('id', i.id::text, 'title', i.title, 'department', json_build_object('name', d.name),
        'scoreBreakdown', json_build_object('journeyImpact', c.j, 'businessFactor', 1 + (m.commercial_weight * (i.commercial_value - 3)) / 2, 'modelVersion', m.version,
          'terms', coalesce((select json_agg(json_build_object('stageId', si.stage_id::text, 'level', si.level, 'gapFactor', w.gap_factor, 'gapReason', w.gap_reason,
              'contribution', (m.levels ->> si.level)::float8 * w.weight) order by si.id)
            from stage_impact si join w on w.id = si.stage_id where si.initiative_id = i.id), '[]'::json)))
    ) order by t.rank), '[]'::json)
    from top t join cand c on c.id = t.id join initiative i on i.id = t.id join department d on d.id = i.department_id cross join m)`,
)} end as body`;

/** Scenario 6, allInitiatives(perPage: $3, sortField: "priorityScore", sortOrder: "DESC"): every initiative scored, the first page by P, then id, descending. */
export const RANKED = `with tok as (${token('read')}),${SCORE_CTES},
scored as (
  select i.id, coalesce(x.j, 0::float8) as j, ${priority('coalesce(x.j, 0::float8)')} as p
  from initiative i cross join m
  left join (
    select si.initiative_id, sum((m.levels ->> si.level)::float8 * w.weight) as j from stage_impact si join w on w.id = si.stage_id cross join m group by si.initiative_id
  ) x on x.initiative_id = i.id
),
top as (select * from scored order by p desc, id desc limit $3::int)
select case when exists (select 1 from tok) then ${data(
  'allInitiatives',
  `(select coalesce(json_agg(json_build_object('id', i.id::text, 'title', i.title, 'priorityScore', t.p, 'journeyImpact', t.j,
      'department', json_build_object('name', d.name)) order by t.p desc, t.id desc), '[]'::json)
    from top t join initiative i on i.id = t.id join department d on d.id = i.department_id)`,
)} end as body`;
