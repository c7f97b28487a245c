import type { GraphQLResolveInfo } from 'graphql';
import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { AppError, BadUserInput, NotFound } from '../../common/errors.js';
import { allOf, countAll, findForRead, findPage, textSearch, type ListArgs, type ListMetadata } from '../../common/list.js';
import { findOrFail, parseId } from '../../common/persistence.js';
import { endOfDay, parseTimestamp } from '../../common/time-zone.js';
import { isCalendarDate } from '../../common/validation.js';
import { noteChange } from '../audit/audit.js';
import { eraseResponse, insertResponses, ResponseReferences, validateResponse, type IncomingResponse, type ResponseRow } from './ingest.js';
import type { DeleteSurveyResponseArgs, SurveyResponseBatchResult, SurveyResponseFilter, SurveyResponseInput } from './survey-response.inputs.js';
import { SurveyResponse } from './survey-response.entity.js';

/** The bad rows a refusal lists; enough to fix a batch, not a flood. */
export const MAX_LISTED_ERRORS = 100;

export interface RowError {
  index: number;
  field: string;
  message: string;
}

/** A batch with bad rows: nothing stored, every bad row (up to 100) named. */
export class BadResponses extends AppError {
  constructor(rows: RowError[], total: number) {
    const first = rows[0];
    super('BAD_USER_INPUT', `${total} response${total === 1 ? '' : 's'} cannot be recorded, nothing was stored; first: responses.${first.index}.${first.field}: ${first.message}`, {
      field: `responses.${first.index}.${first.field}`,
      rows,
      total,
    });
  }
}

export class SurveyResponseService {
  constructor(private readonly ctx: Context) {}

  /** A date is the whole day on the organisation's clock; a date-time is that moment. */
  private moment(field: string, value: string, edge: 'start' | 'end'): Date {
    if (edge === 'end' && isCalendarDate(value)) return new Date(endOfDay(value, this.ctx.timeZone).getTime() - 1);
    const parsed = parseTimestamp(value, this.ctx.timeZone);
    if (!parsed) throw new BadUserInput(field, `${field} must be a date such as 2026-11-20 or a date-time such as 2026-11-20T14:03:00Z`);
    return parsed;
  }

  private where(filter: SurveyResponseFilter = {}): FilterQuery<SurveyResponse> {
    const id = (value: string | undefined, field: string) => (value ? parseId(value, `filter.${field}`) : undefined);
    return allOf<SurveyResponse>(
      textSearch<SurveyResponse>(filter.q, ['comment']),
      filter.ids ? { id: { $in: filter.ids.map(i => parseId(i, 'filter.ids')) } } : undefined,
      filter.journeyId ? { journey: id(filter.journeyId, 'journeyId') } : undefined,
      filter.stageId ? { stage: id(filter.stageId, 'stageId') } : undefined,
      filter.channelId ? { channel: id(filter.channelId, 'channelId') } : undefined,
      filter.segmentId ? { segment: id(filter.segmentId, 'segmentId') } : undefined,
      filter.source ? { source: filter.source } : undefined,
      filter.score_gte !== undefined && filter.score_gte !== null ? { score: { $gte: filter.score_gte } } : undefined,
      filter.score_lte !== undefined && filter.score_lte !== null ? { score: { $lte: filter.score_lte } } : undefined,
      filter.respondedAt_gte ? { respondedAt: { $gte: this.moment('filter.respondedAt_gte', filter.respondedAt_gte, 'start') } } : undefined,
      filter.respondedAt_lte ? { respondedAt: { $lte: this.moment('filter.respondedAt_lte', filter.respondedAt_lte, 'end') } } : undefined,
    );
  }

  list(args: ListArgs, filter?: SurveyResponseFilter, info?: GraphQLResolveInfo): Promise<SurveyResponse[]> {
    return findPage(this.ctx, SurveyResponse, this.where(filter), args, info);
  }

  count(filter?: SurveyResponseFilter): Promise<ListMetadata> {
    return countAll(this.ctx.em, SurveyResponse, this.where(filter));
  }

  get(id: string, info?: GraphQLResolveInfo): Promise<SurveyResponse> {
    return info ? findForRead(this.ctx, SurveyResponse, id, info) : findOrFail(this.ctx.em, SurveyResponse, id);
  }

  /** Checks every row first; stores all of them (skipping those sent before) or none. */
  async record(responses: SurveyResponseInput[]): Promise<SurveyResponseBatchResult> {
    const { em, timeZone } = this.ctx;
    const refs = await ResponseReferences.load(em);
    const now = Date.now();
    const rows: ResponseRow[] = [];
    const errors: RowError[] = [];
    let bad = 0;
    responses.forEach((response, index) => {
      const incoming: IncomingResponse = {
        ...response,
        journey: response.journeyId,
        stage: response.stageId,
        channel: response.channelId,
        segment: response.segmentId,
      };
      const checked = validateResponse(incoming, refs, { byName: false, timeZone, now });
      if (checked.row) rows.push(checked.row);
      else {
        bad++;
        for (const e of checked.errors) if (errors.length < MAX_LISTED_ERRORS) errors.push({ index, ...e });
      }
    });
    if (bad > 0) throw new BadResponses(errors, bad);
    const created = await insertResponses(em, rows, timeZone);
    const result = { received: responses.length, created, duplicates: responses.length - created };
    if (created > 0) noteBatch(result);
    return result;
  }

  /** Erasure on request: the response goes, the counts follow; the trail keeps no comment. */
  async erase(args: DeleteSurveyResponseArgs): Promise<SurveyResponse> {
    const { em, timeZone } = this.ctx;
    const byId = args.id !== undefined && args.id !== null;
    const byExternal = !!args.source || !!args.externalId;
    if (byId === byExternal) throw new BadUserInput('id', 'Give either id, or source and externalId');
    if (byExternal && (!args.source || !args.externalId)) throw new BadUserInput(args.source ? 'externalId' : 'source', 'Give both source and externalId');
    const where = byId ? { id: parseId(args.id!) } : { source: args.source!, externalId: args.externalId! };
    const current = await em.findOne(SurveyResponse, byId ? { id: (where as { id: number }).id } : { source: args.source!, externalId: args.externalId! });
    const erased = await eraseResponse(em, where, timeZone);
    if (!erased || !current) throw new NotFound('SurveyResponse', byId ? args.id! : `${args.source}/${args.externalId}`);
    noteChange('SurveyResponse', erased.id, 'DELETE', [
      { field: 'erased', before: false, after: true },
      ...(['source', 'externalId', 'score', 'journeyId', 'stageId', 'channelId', 'segmentId', 'respondedAt'] as const).map(field => ({
        field,
        before: field === 'respondedAt' ? erased.respondedAt.toISOString() : erased[field],
        after: null,
      })),
    ]);
    return current;
  }
}

/** One audit entry per batch: how many were stored, not the responses (comments may be personal). */
export function noteBatch(result: SurveyResponseBatchResult): void {
  noteChange('SurveyResponse', 'batch', 'CREATE', [
    { field: 'received', before: null, after: result.received },
    { field: 'created', before: null, after: result.created },
    { field: 'duplicates', before: null, after: result.duplicates },
  ]);
}
