import type { GraphQLResolveInfo } from 'graphql';
import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { authorizeForDepartment, requireActor } from '../../common/auth/actor.js';
import { BadUserInput } from '../../common/errors.js';
import { allOf, countAll, findForRead, findPage, type ListArgs, type ListMetadata } from '../../common/list.js';
import { detachedCopy, findOrFail, flushChecked, parseId } from '../../common/persistence.js';
import { zonedDate } from '../../common/time-zone.js';
import { isCalendarDate } from '../../common/validation.js';
import { Department } from '../department/department.entity.js';
import { MaturityAssessment, PILLAR_FIELDS } from './maturity-assessment.entity.js';
import type { CreateMaturityAssessmentArgs, MaturityAnswerInput, MaturityAssessmentFilter } from './maturity.inputs.js';
import { MATURITY_QUESTIONNAIRE, PILLARS, maturityScores, type MaturityAnswerData } from './maturity.questionnaire.js';

/** A day given to a filter (YYYY-MM-DD), checked like a stored one; a blank one is no filter. */
function filterDate(value: string, field: string): string {
  const day = value.trim();
  if (!isCalendarDate(day)) throw new BadUserInput(`filter.${field}`, `filter.${field} must be a date such as 2026-11-20`);
  return day;
}

/**
 * The answers in the questionnaire's order, when they score every statement exactly once; the
 * keys and the scores themselves are checked by the input's rules (maturity.inputs.ts).
 */
function completeAnswers(answers: readonly MaturityAnswerInput[]): MaturityAnswerData[] {
  const byStatement = new Map<string, MaturityAnswerData>();
  answers.forEach((answer, i) => {
    if (byStatement.has(answer.statement)) throw new BadUserInput(`answers.${i}.statement`, `answers.${i}.statement: ${answer.statement} is answered twice`);
    byStatement.set(answer.statement, { statement: answer.statement, score: answer.score });
  });
  const missing = MATURITY_QUESTIONNAIRE.filter(statement => !byStatement.has(statement.key)).map(statement => statement.key);
  if (missing.length > 0) throw new BadUserInput('answers', `answers must score every statement of the questionnaire; missing: ${missing.join(', ')}`);
  return MATURITY_QUESTIONNAIRE.map(statement => byStatement.get(statement.key)!);
}

export class MaturityAssessmentService {
  constructor(private readonly ctx: Context) {}

  private where(filter: MaturityAssessmentFilter = {}): FilterQuery<MaturityAssessment> {
    return allOf<MaturityAssessment>(
      filter.ids ? { id: { $in: filter.ids.map(id => parseId(id, 'filter.ids')) } } : undefined,
      filter.departmentId ? { department: parseId(filter.departmentId, 'filter.departmentId') } : undefined,
      filter.assessedAt_gte?.trim() ? { assessedAt: { $gte: filterDate(filter.assessedAt_gte, 'assessedAt_gte') } } : undefined,
      filter.assessedAt_lte?.trim() ? { assessedAt: { $lte: filterDate(filter.assessedAt_lte, 'assessedAt_lte') } } : undefined,
    );
  }

  list(args: ListArgs, filter?: MaturityAssessmentFilter, info?: GraphQLResolveInfo): Promise<MaturityAssessment[]> {
    return findPage(this.ctx, MaturityAssessment, this.where(filter), args, info);
  }

  count(filter?: MaturityAssessmentFilter): Promise<ListMetadata> {
    return countAll(this.ctx.em, MaturityAssessment, this.where(filter));
  }

  get(id: string, info?: GraphQLResolveInfo): Promise<MaturityAssessment> {
    return info ? findForRead(this.ctx, MaturityAssessment, id, info) : findOrFail(this.ctx.em, MaturityAssessment, id);
  }

  /** The regie team assesses any department; a lead only their own (a self-assessment, DESIGN §5). */
  async create(input: CreateMaturityAssessmentArgs): Promise<MaturityAssessment> {
    const { em, timeZone } = this.ctx;
    const actor = requireActor(this.ctx);
    const departmentId = parseId(input.departmentId, 'departmentId');
    authorizeForDepartment(actor, 'maturity:write', departmentId);
    const department = await findOrFail(em, Department, departmentId, { field: 'departmentId' });
    // A day on the organisation's calendar: today there may already be tomorrow in UTC, or still yesterday.
    const today = zonedDate(new Date(), timeZone);
    if (input.assessedAt > today) throw new BadUserInput('assessedAt', `assessedAt may not be in the future (today is ${today})`);
    const answers = completeAnswers(input.answers);
    const { pillars, overall } = maturityScores(answers);
    const assessment = em.create(MaturityAssessment, {
      department,
      assessedAt: input.assessedAt,
      answers,
      ...Object.fromEntries(PILLARS.map(pillar => [PILLAR_FIELDS[pillar], pillars[pillar]])),
      overall,
      assessedById: actor.kind === 'person' ? actor.id : null,
      assessedByName: actor.name,
    } as never);
    await flushChecked(em);
    return assessment;
  }

  /** A mistaken entry, removed by the regie team (the audit trail keeps what it held). */
  async delete(id: string): Promise<MaturityAssessment> {
    const { em } = this.ctx;
    const assessment = await this.get(id);
    const snapshot = detachedCopy(assessment);
    em.remove(assessment);
    await flushChecked(em);
    return snapshot;
  }
}
