import type { SqlEntityManager } from '@mikro-orm/sql';
import { parseTimestamp } from '../../common/time-zone.js';
import { UNSTORABLE } from '../../common/storable-text.js';

/**
 * The write path of survey responses, shared by recordSurveyResponses and the CSV import:
 * validation against the journeys, stages, channels and segments that exist, then set-based
 * SQL that inserts what is new (skipping what a source already sent) and changes the daily and
 * monthly counts in the same statement, so that summaries never disagree with the rows.
 */

/** A response ready to store: ids resolved, the moment parsed. */
export interface ResponseRow {
  source: string;
  externalId: string;
  score: number;
  journeyId: number;
  stageId: number | null;
  channelId: number | null;
  segmentId: number | null;
  respondedAt: string;
  comment: string | null;
  respondentKey: string | null;
}

/** A response as it arrives: from GraphQL (ids) or from a CSV file (ids or names, all text). */
export interface IncomingResponse {
  source?: string | null;
  externalId?: string | null;
  score?: number | string | null;
  journey?: string | null;
  stage?: string | null;
  channel?: string | null;
  segment?: string | null;
  respondedAt?: string | null;
  comment?: string | null;
  respondentKey?: string | null;
}

/** The field names of SurveyResponseInput; the CSV import maps them to its column names. */
export type ResponseField = 'source' | 'externalId' | 'score' | 'journeyId' | 'stageId' | 'channelId' | 'segmentId' | 'respondedAt' | 'comment' | 'respondentKey';

export interface FieldError {
  field: ResponseField;
  message: string;
}

export const LIMITS = { source: 100, externalId: 200, comment: 5000, respondentKey: 200, futureMs: 5 * 60_000 } as const;

interface Named {
  byId: Map<number, string>;
  byName: Map<string, number>;
}

const named = (rows: { id: number; name: string }[]): Named => ({
  byId: new Map(rows.map(r => [r.id, r.name])),
  byName: new Map(rows.map(r => [r.name.trim().toLowerCase(), r.id])),
});

/** What a response may point at, read once per batch or file (a few hundred rows at most). */
export class ResponseReferences {
  private constructor(
    private readonly journeys: Named,
    private readonly channels: Named,
    private readonly segments: Named,
    /** stage id → its journey's id */
    private readonly stageJourney: Map<number, number>,
    /** `${journeyId}:${lower-case name}` → stage id */
    private readonly stageByName: Map<string, number>,
  ) {}

  static async load(em: SqlEntityManager): Promise<ResponseReferences> {
    // One round trip: the four small tables as JSON arrays.
    const [row] = await em.getConnection().execute<{ journeys: { id: number; name: string }[]; stages: { id: number; name: string; journey_id: number }[]; channels: { id: number; name: string }[]; segments: { id: number; name: string }[] }[]>(
      `select (select coalesce(json_agg(json_build_object('id', id, 'name', name)), '[]') from journey) as journeys,
              (select coalesce(json_agg(json_build_object('id', id, 'name', name, 'journey_id', journey_id)), '[]') from journey_stage) as stages,
              (select coalesce(json_agg(json_build_object('id', id, 'name', name)), '[]') from channel) as channels,
              (select coalesce(json_agg(json_build_object('id', id, 'name', name)), '[]') from segment) as segments`,
      [],
      'all',
      em.getTransactionContext(),
    );
    const { journeys, stages, channels, segments } = row;
    return new ResponseReferences(
      named(journeys),
      named(channels),
      named(segments),
      new Map(stages.map(s => [s.id, s.journey_id])),
      new Map(stages.map(s => [`${s.journey_id}:${s.name.trim().toLowerCase()}`, s.id])),
    );
  }

  /** An id (digits) or, when names are allowed, a name (case-insensitive). */
  private static resolve(table: Named, value: string, byName: boolean): number | undefined {
    const text = value.trim();
    if (/^\d{1,15}$/.test(text) && table.byId.has(Number(text))) return Number(text);
    return byName ? table.byName.get(text.toLowerCase()) : undefined;
  }

  journey(value: string, byName: boolean) {
    return ResponseReferences.resolve(this.journeys, value, byName);
  }

  channel(value: string, byName: boolean) {
    return ResponseReferences.resolve(this.channels, value, byName);
  }

  segment(value: string, byName: boolean) {
    return ResponseReferences.resolve(this.segments, value, byName);
  }

  /** A stage of that journey, by id or (when allowed) by its name within the journey. */
  stage(value: string, journeyId: number, byName: boolean): number | 'OTHER_JOURNEY' | undefined {
    const text = value.trim();
    if (/^\d{1,15}$/.test(text) && this.stageJourney.has(Number(text))) {
      return this.stageJourney.get(Number(text)) === journeyId ? Number(text) : 'OTHER_JOURNEY';
    }
    return byName ? this.stageByName.get(`${journeyId}:${text.toLowerCase()}`) : undefined;
  }
}

const blank = (value: unknown): boolean => value === undefined || value === null || String(value).trim() === '';

/** Each part of an incoming response, with the field of SurveyResponseInput it is checked as. */
const INCOMING: readonly (readonly [keyof IncomingResponse, ResponseField])[] = [
  ['source', 'source'],
  ['externalId', 'externalId'],
  ['score', 'score'],
  ['journey', 'journeyId'],
  ['stage', 'stageId'],
  ['channel', 'channelId'],
  ['segment', 'segmentId'],
  ['respondedAt', 'respondedAt'],
  ['comment', 'comment'],
  ['respondentKey', 'respondentKey'],
];

/**
 * Checks one response (DESIGN §1, issue 7): a score 0–10, a journey that exists, a stage of that
 * journey, a channel and segment that exist, a real moment not more than 5 minutes ahead, and
 * the lengths of the texts. Gives the row to store, or every problem with it.
 */
export function validateResponse(
  input: IncomingResponse,
  refs: ResponseReferences,
  options: {
    byName: boolean;
    timeZone: string;
    now: number;
    /** What the sender calls each field, for the messages (a CSV file's column names); else the field names. */
    names?: Readonly<Record<ResponseField, string>>;
  },
): { row: ResponseRow; errors?: undefined } | { row?: undefined; errors: FieldError[] } {
  const name = (field: ResponseField) => options.names?.[field] ?? field;
  const unstorable = INCOMING.find(([part]) => typeof input[part] === 'string' && UNSTORABLE.test(input[part]));
  if (unstorable) return { errors: [{ field: unstorable[1], message: `${name(unstorable[1])} contains a character that cannot be stored (NUL or half of a UTF-16 pair)` }] };

  const errors: FieldError[] = [];
  const what = options.byName ? 'the id or name of' : 'the id of';
  const text = (field: 'source' | 'externalId', value: string | null | undefined): string => {
    const trimmed = (value ?? '').trim();
    if (!trimmed) errors.push({ field, message: `${name(field)} is required` });
    else if (trimmed.length > LIMITS[field]) errors.push({ field, message: `${name(field)} must be at most ${LIMITS[field]} characters` });
    return trimmed;
  };
  const source = text('source', input.source);
  const externalId = text('externalId', input.externalId);

  let score = NaN;
  if (blank(input.score)) errors.push({ field: 'score', message: `${name('score')} is required` });
  else {
    score = typeof input.score === 'number' ? input.score : /^\s*\d{1,2}\s*$/.test(String(input.score)) ? Number(input.score) : NaN;
    if (!Number.isInteger(score) || score < 0 || score > 10) errors.push({ field: 'score', message: `${name('score')} must be a whole number from 0 to 10 (got "${String(input.score).slice(0, 20)}")` });
  }

  let journeyId: number | undefined;
  if (blank(input.journey)) errors.push({ field: 'journeyId', message: `${name('journeyId')} is required` });
  else {
    journeyId = refs.journey(input.journey!, options.byName);
    if (journeyId === undefined) errors.push({ field: 'journeyId', message: `${name('journeyId')} must be ${what} an existing journey (got "${input.journey!.slice(0, 80)}")` });
  }

  let stageId: number | null = null;
  if (!blank(input.stage) && journeyId !== undefined) {
    const stage = refs.stage(input.stage!, journeyId, options.byName);
    if (stage === 'OTHER_JOURNEY') errors.push({ field: 'stageId', message: `${name('stageId')}: stage ${input.stage} belongs to another journey` });
    else if (stage === undefined) errors.push({ field: 'stageId', message: `${name('stageId')} must be ${what} a stage of that journey (got "${input.stage!.slice(0, 80)}")` });
    else stageId = stage;
  }

  const optional = (field: 'channelId' | 'segmentId', value: string | null | undefined, find: (v: string) => number | undefined): number | null => {
    if (blank(value)) return null;
    const id = find(value!);
    if (id === undefined) errors.push({ field, message: `${name(field)} must be ${what} an existing ${field.replace('Id', '')} (got "${value!.slice(0, 80)}")` });
    return id ?? null;
  };
  const channelId = optional('channelId', input.channel, v => refs.channel(v, options.byName));
  const segmentId = optional('segmentId', input.segment, v => refs.segment(v, options.byName));

  let respondedAt: Date | null = null;
  if (blank(input.respondedAt)) errors.push({ field: 'respondedAt', message: `${name('respondedAt')} is required` });
  else {
    respondedAt = parseTimestamp(input.respondedAt!, options.timeZone);
    if (!respondedAt || respondedAt.getUTCFullYear() < 1970) {
      errors.push({ field: 'respondedAt', message: `${name('respondedAt')} must be a date-time such as 2026-11-20T14:03:00Z (got "${input.respondedAt!.slice(0, 40)}")` });
    } else if (respondedAt.getTime() > options.now + LIMITS.futureMs) {
      errors.push({ field: 'respondedAt', message: `${name('respondedAt')} must not be in the future` });
    }
  }

  const comment = blank(input.comment) ? null : input.comment!;
  if (comment !== null && comment.length > LIMITS.comment) errors.push({ field: 'comment', message: `${name('comment')} must be at most ${LIMITS.comment} characters` });
  const respondentKey = blank(input.respondentKey) ? null : input.respondentKey!.trim();
  if (respondentKey !== null && respondentKey.length > LIMITS.respondentKey) {
    errors.push({ field: 'respondentKey', message: `${name('respondentKey')} must be at most ${LIMITS.respondentKey} characters` });
  }

  if (errors.length > 0) return { errors };
  return {
    row: { source, externalId, score, journeyId: journeyId!, stageId, channelId, segmentId, respondedAt: respondedAt!.toISOString(), comment, respondentKey },
  };
}

const COLUMNS =
  'source text, external_id text, score smallint, journey_id int, stage_id int, channel_id int, segment_id int, responded_at timestamptz, comment text, respondent_key text';

/** A row as the JSON object json_to_recordset reads. */
const rowJson = (r: ResponseRow): string =>
  JSON.stringify({
    source: r.source,
    external_id: r.externalId,
    score: r.score,
    journey_id: r.journeyId,
    stage_id: r.stageId,
    channel_id: r.channelId,
    segment_id: r.segmentId,
    responded_at: r.respondedAt,
    comment: r.comment,
    respondent_key: r.respondentKey,
  });

/** Rows as the JSON array json_to_recordset reads (one value, however many rows). */
export const rowsAsJson = (rows: readonly ResponseRow[]): string => `[${rows.map(rowJson).join(',')}]`;

/**
 * A text as an SQL literal, dollar-quoted with a tag that closes it only at its end, so that
 * nothing is escaped (an escaped copy of a batch is another megabyte of garbage) and nothing
 * depends on standard_conforming_strings. Inline rather than a `?` parameter: MikroORM inlines
 * parameters itself, escaping character by character, about 0.2 s per megabyte. A statement that
 * holds one takes no `?` parameters: MikroORM would look for placeholders inside it.
 */
export function sqlLiteral(text: string): string {
  for (let n = 0; ; n++) {
    const tag = `$t${n}$`;
    // The tag must not occur in the text, nor begin in its last characters and end in the tag.
    const tail = text.slice(1 - tag.length);
    if (!text.includes(tag) && (tail + tag).indexOf(tag) === tail.length) return tag + text + tag;
  }
}

/**
 * Rows, as JSON, as a relation for one statement. json, not jsonb: the rows are read once, and
 * json_to_recordset reads text twice as fast as jsonb_to_recordset.
 */
const recordset = (json: string): string => `json_to_recordset(${sqlLiteral(json)}::json) as x(${COLUMNS})`;

/**
 * Adds (sign 1) or takes away (sign −1) the responses of the CTE `changed` to the daily and
 * monthly counts, in key order so that concurrent writers lock counts in the same order, and to
 * the scoring window counts of their stages when they fall inside the kept window.
 * `zone` is the SQL of the organisation's time zone: a `?` parameter unless a literal is given.
 */
const countChanges = (sign: 1 | -1, zone = '?::text') => {
  const upsert = (table: string, period: string, periodSql: string) => `
  ${table}_change as (
    insert into ${table} as a (journey_id, stage_id, channel_id, segment_id, ${period}, responses, promoters, passives, detractors)
    select journey_id, stage_id, channel_id, segment_id, ${periodSql}, ${sign} * count(*), ${sign} * count(*) filter (where score >= 9),
           ${sign} * count(*) filter (where score between 7 and 8), ${sign} * count(*) filter (where score <= 6)
    from local group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5
    on conflict (journey_id, stage_id, channel_id, segment_id, ${period}) do update set
      responses = a.responses + excluded.responses, promoters = a.promoters + excluded.promoters,
      passives = a.passives + excluded.passives, detractors = a.detractors + excluded.detractors
    returning 1
  )`;
  return `,
  local as (
    select journey_id, coalesce(stage_id, 0) as stage_id, coalesce(channel_id, 0) as channel_id, coalesce(segment_id, 0) as segment_id,
           (responded_at at time zone ${zone})::date as day, score
    from changed
  ),${upsert('survey_response_daily', 'day', 'day')},${upsert('survey_response_monthly', 'month', "date_trunc('month', day)::date")},
  window_locked as (
    select stage_id, as_of, window_days from stage_window_count where stage_id in (select stage_id from local) order by stage_id for update
  ),
  window_change as (
    update stage_window_count w set responses = w.responses + x.responses, promoters = w.promoters + x.promoters, detractors = w.detractors + x.detractors
    from (
      select k.stage_id, ${sign} * count(*) as responses, ${sign} * count(*) filter (where l.score >= 9) as promoters, ${sign} * count(*) filter (where l.score <= 6) as detractors
      from local l join window_locked k on k.stage_id = l.stage_id and l.day > k.as_of - k.window_days and l.day <= k.as_of
      group by k.stage_id
    ) x
    where w.stage_id = x.stage_id
    returning 1
  )`;
};

const INSERT_COLUMNS = 'source, external_id, score, journey_id, stage_id, channel_id, segment_id, responded_at, comment, respondent_key';

/**
 * Stores the rows of `incoming` (an SQL relation with the columns of COLUMNS) that no source has
 * sent before; the first write wins. Sorted by key, so that concurrent batches wait for each
 * other instead of deadlocking. Answers how many were new.
 */
async function insertFrom(em: SqlEntityManager, incoming: string, timeZone: string): Promise<number> {
  const sql = `
  with incoming as (${incoming}),
  changed as (
    insert into survey_response (${INSERT_COLUMNS})
    select ${INSERT_COLUMNS} from incoming order by source, external_id
    on conflict (source, external_id) do nothing
    returning journey_id, stage_id, channel_id, segment_id, responded_at, score
  )${countChanges(1, sqlLiteral(timeZone))}
  select count(*)::int as created from changed`;
  const [row] = await em.getConnection().execute<{ created: number }[]>(sql, [], 'all', em.getTransactionContext());
  return row.created;
}

/** Stores a batch of checked rows (the caller's transaction). */
export function insertResponses(em: SqlEntityManager, rows: readonly ResponseRow[], timeZone: string): Promise<number> {
  if (rows.length === 0) return Promise.resolve(0);
  return insertFrom(em, `select * from ${recordset(rowsAsJson(rows))}`, timeZone);
}

/**
 * A large import: rows go to a temporary table batch by batch as the file streams in, and are
 * stored by one statement at the end, all or nothing with the caller's transaction.
 */
export class StagedResponses {
  private created = false;
  /** Rows waiting for the next write, as JSON: one short-lived string each instead of an object and its strings. */
  private pending: string[] = [];

  constructor(
    private readonly em: SqlEntityManager,
    private readonly timeZone: string,
  ) {}

  /** Holds a checked row for the next write. */
  push(row: ResponseRow): void {
    this.pending.push(rowJson(row));
  }

  /** Rows pushed since the last write. */
  get waiting(): number {
    return this.pending.length;
  }

  /** Writes the rows pushed so far to the staging table; the next pushes wait for the next write. */
  async write(): Promise<void> {
    if (this.pending.length === 0) return;
    const json = `[${this.pending.join(',')}]`;
    this.pending = [];
    const connection = this.em.getConnection();
    const ctx = this.em.getTransactionContext();
    if (!this.created) {
      await connection.execute(`create temporary table survey_response_staging (${COLUMNS}) on commit drop`, [], 'run', ctx);
      this.created = true;
    }
    await connection.execute(`insert into survey_response_staging select * from ${recordset(json)}`, [], 'run', ctx);
  }

  /** Stores every row pushed (skipping those sent before); answers how many were new. */
  async store(): Promise<number> {
    await this.write();
    if (!this.created) return 0;
    return insertFrom(this.em, 'select * from survey_response_staging', this.timeZone);
  }
}

export interface ErasedResponse {
  id: number;
  source: string;
  externalId: string;
  score: number;
  journeyId: number;
  stageId: number | null;
  channelId: number | null;
  segmentId: number | null;
  respondedAt: Date;
}

/** Erases one response and takes it out of the counts, in one statement. */
export async function eraseResponse(em: SqlEntityManager, where: { id: number } | { source: string; externalId: string }, timeZone: string): Promise<ErasedResponse | undefined> {
  const [condition, params] = 'id' in where ? ['id = ?', [where.id]] : ['source = ? and external_id = ?', [where.source, where.externalId]];
  const sql = `
  with changed as (
    delete from survey_response where ${condition}
    returning id, source, external_id, score, journey_id, stage_id, channel_id, segment_id, responded_at
  )${countChanges(-1)}
  select id, source, external_id, score, journey_id, stage_id, channel_id, segment_id, responded_at from changed`;
  const [row] = await em.getConnection().execute<Record<string, unknown>[]>(sql, [...params, timeZone], 'all', em.getTransactionContext());
  if (!row) return undefined;
  return {
    id: Number(row.id),
    source: String(row.source),
    externalId: String(row.external_id),
    score: Number(row.score),
    journeyId: Number(row.journey_id),
    stageId: row.stage_id === null ? null : Number(row.stage_id),
    channelId: row.channel_id === null ? null : Number(row.channel_id),
    segmentId: row.segment_id === null ? null : Number(row.segment_id),
    respondedAt: new Date(row.responded_at as string),
  };
}

/**
 * Recounts every aggregate from the responses themselves: for the demo seed (which writes
 * responses in bulk) and to check that the counts kept by ingest and erasure are right.
 */
export async function recountAggregates(em: SqlEntityManager, timeZone: string): Promise<void> {
  const connection = em.getConnection();
  const ctx = em.getTransactionContext();
  await connection.execute('delete from survey_response_daily', [], 'run', ctx);
  await connection.execute('delete from survey_response_monthly', [], 'run', ctx);
  // The scoring window counts are rebuilt from the new counts (window-counts.ts).
  await connection.execute('delete from stage_window_count', [], 'run', ctx);
  await connection.execute(
    `with changed as (select journey_id, stage_id, channel_id, segment_id, responded_at, score from survey_response)${countChanges(1)} select 1`,
    [timeZone],
    'all',
    ctx,
  );
}
