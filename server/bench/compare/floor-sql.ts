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
