import type { GraphQLResolveInfo } from 'graphql';
import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { authorizeForDepartment, isRegie, permits, requireActor, type Actor } from '../../common/auth/actor.js';
import { BadUserInput, Forbidden } from '../../common/errors.js';
import { assertUnreferenced } from '../../common/integrity.js';
import { allOf, countAll, findForRead, findPage, findPageByIds, pageOf, textSearch, type ListArgs, type ListMetadata } from '../../common/list.js';
import { withClause } from '../../common/json-read.js';
import { initiativeScoresCte, scoreCtes } from '../scoring/score-sql.js';
import { assertVersion, detachedCopy, findOrFail, flushChecked, parseId } from '../../common/persistence.js';
import { Decision, DecisionAction } from '../decision/decision.entity.js';
import { DecisionService } from '../decision/decision.service.js';
import { Department } from '../department/department.entity.js';
import { JourneyStage } from '../journey/journey-stage.entity.js';
import { Person } from '../person/person.entity.js';
import { Initiative } from './initiative.entity.js';
import { InitiativeStatus } from './initiative.enums.js';
import type {
  CreateInitiativeArgs,
  InitiativeFilter,
  PinRankArgs,
  StageImpactInput,
  TransitionInitiativeArgs,
  UnpinRankArgs,
  UpdateInitiativeArgs,
} from './initiative.inputs.js';
import { StageImpact } from './stage-impact.entity.js';
import { EDITABLE_BY_DEPARTMENT, planTransition } from './workflow.js';
import { OPEN_CANDIDATES, todayOf } from '../scoring/score.service.js';

/** `{ field: { $gte, $lte } }` for the bounds that are given (0 is a bound). */
function between<T>(field: keyof T & string, gte: number | Date | null | undefined, lte: number | Date | null | undefined): FilterQuery<T> | undefined {
  const bounds = { ...(gte != null ? { $gte: gte } : {}), ...(lte != null ? { $lte: lte } : {}) };
  return Object.keys(bounds).length > 0 ? ({ [field]: bounds } as FilterQuery<T>) : undefined;
}

/** The first key of the advisory lock pinners of one rank share (the second is the rank). */
const PIN_LOCK = 0x70696e;

/** Under review, approved or in progress: on the roadmap, and pinnable. */
const isOpenCandidate = (status: InitiativeStatus) => (OPEN_CANDIDATES as readonly InitiativeStatus[]).includes(status);

interface ImpactPlan {
  stage: JourneyStage;
  input: StageImpactInput;
}

export class InitiativeService {
  constructor(private readonly ctx: Context) {}

  private where(filter: InitiativeFilter = {}): FilterQuery<Initiative> {
    const id = (value: string, field: string) => parseId(value, `filter.${field}`);
    return allOf<Initiative>(
      textSearch<Initiative>(filter.q, ['title', 'description']),
      filter.ids ? { id: { $in: filter.ids.map(v => id(v, 'ids')) } } : undefined,
      filter.departmentId ? { department: id(filter.departmentId, 'departmentId') } : undefined,
      filter.ownerId ? { owner: id(filter.ownerId, 'ownerId') } : undefined,
      // Collection operators become `id in (subquery)`: no joined rows, so counts stay exact.
      filter.contributingDepartmentId ? { contributingDepartments: { $some: { id: id(filter.contributingDepartmentId, 'contributingDepartmentId') } } } : undefined,
      filter.stageId ? { impacts: { $some: { stage: id(filter.stageId, 'stageId') } } } : undefined,
      filter.journeyId ? { impacts: { $some: { stage: { journey: id(filter.journeyId, 'journeyId') } } } } : undefined,
      filter.status ? { status: filter.status } : undefined,
      filter.pillar ? { pillar: filter.pillar } : undefined,
      between<Initiative>('effort', filter.effort_gte, filter.effort_lte),
      between<Initiative>('confidence', filter.confidence_gte, filter.confidence_lte),
      between<Initiative>('commercialValue', filter.commercialValue_gte, filter.commercialValue_lte),
      filter.targetQuarter ? { targetQuarter: filter.targetQuarter.trim() } : undefined,
      between<Initiative>('createdAt', filter.createdAt_gte, filter.createdAt_lte),
      filter.pinned === true ? { pinnedRank: { $ne: null } } : filter.pinned === false ? { pinnedRank: null } : undefined,
    );
  }

  async list(args: ListArgs, filter?: InitiativeFilter, info?: GraphQLResolveInfo): Promise<Initiative[]> {
    const scored = this.scored(args, filter);
    if (!scored) return findPage(this.ctx, Initiative, this.where(filter), args, info);
    if (scored.sortedByScore) return findPageByIds(this.ctx, Initiative, scored.page(pageOf(args)), info);
    // Filtered by score, sorted by another field (a reference's name, say): the ids within the
    // bounds, then the page in the order asked for, as any list.
    const { sql, params, with: ctes } = scored.all();
    const em = this.ctx.em;
    const rows = await em.getConnection().execute<{ id: number }[]>(`${withClause(ctes)}${sql}`, params, 'all', em.getTransactionContext());
    return findPage(this.ctx, Initiative, allOf<Initiative>(this.where(filter), { id: { $in: rows.map(row => Number(row.id)) } }), args, info);
  }

  async count(filter?: InitiativeFilter): Promise<ListMetadata> {
    const scored = this.scored({}, filter);
    if (!scored) return countAll(this.ctx.em, Initiative, this.where(filter));
    const { sql, params, with: ctes } = scored.count();
    const [row] = await this.ctx.em.getConnection().execute<{ count: number }[]>(`${withClause(ctes)}${sql}`, params, 'all', this.ctx.em.getTransactionContext());
    return { count: Number(row.count) };
  }

  /**
   * Sorting or filtering by score happens in the database: the scores of every initiative are
   * computed in the statement (hash joins over the stage weights), then filtered, ordered, paged.
   */
  private scored(args: ListArgs, filter: InitiativeFilter = {}) {
    const sort = args.sortField === 'priorityScore' ? 'priority_score' : args.sortField === 'journeyImpact' ? 'journey_impact' : undefined;
    const bounds: [string, string, number][] = [];
    const bound = (field: string, column: string, op: string, value: number | null | undefined) => {
      if (value === undefined || value === null) return;
      if (!Number.isFinite(value)) throw new BadUserInput(`filter.${field}`, `filter.${field} must be a number`);
      bounds.push([column, op, value]);
    };
    bound('priorityScore_gte', 'priority_score', '>=', filter.priorityScore_gte);
    bound('priorityScore_lte', 'priority_score', '<=', filter.priorityScore_lte);
    bound('journeyImpact_gte', 'journey_impact', '>=', filter.journeyImpact_gte);
    bound('journeyImpact_lte', 'journey_impact', '<=', filter.journeyImpact_lte);
    if (!sort && bounds.length === 0) return undefined;
    const direction = (args.sortOrder ?? 'ASC').toUpperCase() === 'DESC' ? 'desc' : 'asc';
    const base = this.ctx.em.createQueryBuilder(Initiative, 'q').select('q.id' as never).where(this.where(filter) as never).toQuery();
    const ctes = [scoreCtes(todayOf(this.ctx)), initiativeScoresCte];
    const from = `from (${base.sql}) q join initiative_score s on s.initiative_id = q.id
      ${bounds.length > 0 ? `where ${bounds.map(([column, op]) => `s.${column} ${op} ?`).join(' and ')}` : ''}`;
    const params = [...(base.params as unknown[]), ...bounds.map(([, , value]) => value)];
    const order = sort ? `s.${sort} ${direction}, q.id ${direction}` : 'q.id asc';
    return {
      sortedByScore: sort !== undefined,
      all: () => ({ sql: `select q.id ${from}`, params, with: ctes }),
      page: ({ limit, offset }: { limit: number; offset: number }) => ({
        sql: `select q.id ${from} order by ${order} limit ${Math.trunc(limit)} offset ${Math.trunc(offset)}`,
        params,
        with: ctes,
      }),
      count: () => ({ sql: `select count(*)::int as count ${from}`, params, with: ctes }),
    };
  }

  get(id: string | number, info?: GraphQLResolveInfo): Promise<Initiative> {
    return info ? findForRead(this.ctx, Initiative, id, info) : findOrFail(this.ctx.em, Initiative, id);
  }

  async create(input: CreateInitiativeArgs): Promise<Initiative> {
    const { em } = this.ctx;
    const actor = requireActor(this.ctx);
    const departmentId = parseId(input.departmentId, 'departmentId');
    authorizeForDepartment(actor, 'initiatives:write', departmentId);
    const department = await findOrFail(em, Department, departmentId, { field: 'departmentId' });
    const owner = input.ownerId != null ? await this.activePerson(input.ownerId) : actor.kind === 'person' ? await this.activePerson(actor.id) : null;
    const contributors = await this.contributors(input.contributingDepartmentIds ?? [], department.id);
    const impacts = await this.planImpacts(input.impacts ?? []);

    const initiative = em.create(Initiative, {
      title: input.title.trim(),
      description: input.description ?? null,
      department,
      owner,
      pillar: input.pillar,
      effort: input.effort,
      confidence: input.confidence,
      commercialValue: input.commercialValue ?? 3,
      targetQuarter: input.targetQuarter ?? null,
    } as never);
    initiative.contributingDepartments.set(contributors);
    for (const { stage, input: impact } of impacts) {
      initiative.impacts.add(em.create(StageImpact, { initiative, stage, level: impact.level, rationale: impact.rationale ?? null } as never));
    }
    // One flush, inside the mutation's transaction (auditMutations): all of it is saved, or none.
    await flushChecked(em);
    return initiative;
  }

  async update(input: UpdateInitiativeArgs): Promise<Initiative> {
    const { em } = this.ctx;
    const actor = requireActor(this.ctx);
    const initiative = await this.get(input.id);
    this.authorizeEdit(actor, initiative);
    assertVersion(em, initiative, input.version);

    let moved = false;
    if (input.departmentId !== undefined) {
      const departmentId = parseId(input.departmentId, 'departmentId');
      if (departmentId !== initiative.department.id) {
        moved = true;
        // Leads and bound tokens may not hand an initiative to another department.
        authorizeForDepartment(actor, 'initiatives:write', departmentId);
        const department = await findOrFail(em, Department, departmentId, { field: 'departmentId' });
        initiative.department = em.getReference(Department, department.id, { wrapped: true });
      }
    }
    if (input.ownerId !== undefined) {
      const owner = input.ownerId === null ? null : await this.activePerson(input.ownerId);
      initiative.owner = owner ? em.getReference(Person, owner.id, { wrapped: true }) : null;
    }
    if (input.title !== undefined) initiative.title = input.title.trim();
    if (input.description !== undefined) initiative.description = input.description;
    if (input.pillar !== undefined) initiative.pillar = input.pillar;
    if (input.effort !== undefined) initiative.effort = input.effort;
    if (input.confidence !== undefined) initiative.confidence = input.confidence;
    if (input.commercialValue !== undefined) initiative.commercialValue = input.commercialValue;
    if (input.targetQuarter !== undefined) initiative.targetQuarter = input.targetQuarter;

    // A moved initiative's new department may not stay among its contributors either.
    if (input.contributingDepartmentIds != null || moved) {
      // Loaded first: set() on an unloaded collection would add the new rows but not delete the old.
      const current = await initiative.contributingDepartments.load();
      const ids = input.contributingDepartmentIds ?? current.getIdentifiers<number>().map(String);
      current.set(await this.contributors(ids, initiative.department.id));
    }
    if (input.impacts != null) await this.replaceImpacts(initiative, await this.planImpacts(input.impacts));
    // Always touched: the row's UPDATE then checks the version in the database even when nothing
    // else changed in it (impacts and contributors live in other tables; a resend of the same
    // values with a stale version is a conflict too), and every success counts one version.
    initiative.updatedAt = new Date();
    await flushChecked(em);
    return initiative;
  }

  async delete(id: string): Promise<Initiative> {
    const { em } = this.ctx;
    const actor = requireActor(this.ctx);
    const initiative = await this.get(id);
    authorizeForDepartment(actor, 'initiatives:write', initiative.department.id);
    const decisions = await em.count(Decision, { initiative: initiative.id });
    if (initiative.status !== InitiativeStatus.PROPOSED || decisions > 0) {
      const why = initiative.status !== InitiativeStatus.PROPOSED ? `is ${initiative.status}` : `has ${decisions} decision${decisions === 1 ? '' : 's'}`;
      throw new BadUserInput('id', `Initiative ${initiative.id} ${why}: only a PROPOSED initiative without decisions can be deleted; reject or park it instead; its history stays`);
    }
    await assertUnreferenced(em, Initiative, initiative.id, ['StageImpact.initiative']);
    // Loaded, so that the impacts are removed through the unit of work and show in the audit trail.
    await initiative.impacts.load();
    await initiative.contributingDepartments.load();
    const snapshot = detachedCopy(initiative);
    em.remove(initiative);
    await flushChecked(em);
    return snapshot;
  }

  async transition(input: TransitionInitiativeArgs): Promise<Initiative> {
    const { em } = this.ctx;
    const actor = requireActor(this.ctx);
    const initiative = await this.get(input.id);
    authorizeForDepartment(actor, 'initiatives:transition', initiative.department.id);
    assertVersion(em, initiative, input.version);
    const from = initiative.status;
    const plan = planTransition(from, input.to, { regie: permits(actor, 'initiatives:decide'), reason: input.reason });
    switch (plan.kind) {
      case 'unchanged':
        throw new BadUserInput('to', `Initiative ${initiative.id} is already ${from}`);
      case 'illegal':
        throw new BadUserInput(
          'to',
          `An initiative cannot go from ${from} to ${input.to}; from ${from} it can go to ${plan.legal.length > 0 ? plan.legal.join(', ') : 'nothing: it is closed'}`,
        );
      case 'regieOnly':
        throw new Forbidden(`Only the regie team may ${plan.transition.action.toLowerCase()} an initiative (${from} to ${input.to})`);
      case 'reasonRequired':
        throw new BadUserInput('reason', `A reason is required to ${plan.transition.action.toLowerCase()} an initiative: the governance log says why`);
      case 'ok':
        break;
    }
    initiative.status = input.to;
    if (input.to === InitiativeStatus.DONE) initiative.completedAt = new Date();
    // Leaving the open candidates clears a pin, in the same Decision (DESIGN §2).
    const clearedPin = initiative.pinnedRank != null && !isOpenCandidate(input.to) ? initiative.pinnedRank : null;
    if (clearedPin !== null) {
      initiative.pinnedRank = null;
      initiative.pinReason = null;
    }
    const reason = clearedPin === null ? input.reason : [input.reason?.trim(), `pinned rank ${clearedPin} cleared`].filter(Boolean).join('; ');
    await new DecisionService(this.ctx).record(initiative, DecisionAction[plan.transition.action], { from, to: input.to, reason });
    await flushChecked(em);
    return initiative;
  }

  async pinRank(input: PinRankArgs): Promise<Initiative> {
    const { em } = this.ctx;
    const initiative = await this.governed(input.id, input.version);
    if (!isOpenCandidate(initiative.status)) {
      throw new BadUserInput('id', `Initiative ${initiative.id} is ${initiative.status}: only an open candidate (${OPEN_CANDIDATES.join(', ')}) can be pinned`);
    }
    const from = initiative.pinnedRank ?? null;
    if (from === input.rank) throw new BadUserInput('rank', `Initiative ${initiative.id} is already pinned at rank ${input.rank}`);
    // Pinners of one rank take turns (a transaction-scoped lock), so the check below sees any pin
    // committed meanwhile; the unique index stays the last guard.
    await em.getConnection().execute('select pg_advisory_xact_lock(?, ?)', [PIN_LOCK, input.rank], 'all', em.getTransactionContext());
    await this.assertRankFree(input.rank, initiative.id);
    initiative.pinnedRank = input.rank;
    initiative.pinReason = input.reason.trim();
    initiative.updatedAt = new Date();
    await new DecisionService(this.ctx).record(initiative, DecisionAction.PIN_RANK, { from: from === null ? null : String(from), to: String(input.rank), reason: input.reason });
    await flushChecked(em, { initiative_pinned_rank_unique: { field: 'rank', message: `Rank ${input.rank} was just pinned to another initiative; reload the roadmap and choose another rank` } });
    return initiative;
  }

  /** Two pins never share a rank: refused, naming the initiative that holds it. */
  private async assertRankFree(rank: number, pinning: number): Promise<void> {
    const holder = await this.ctx.em.findOne(Initiative, { pinnedRank: rank, id: { $ne: pinning } });
    if (holder) {
      throw new BadUserInput('rank', `Rank ${rank} is held by initiative ${holder.id} "${holder.title}"; unpin it first or choose another rank`);
    }
  }

  async unpinRank(input: UnpinRankArgs): Promise<Initiative> {
    const initiative = await this.governed(input.id, input.version);
    if (initiative.pinnedRank == null) throw new BadUserInput('id', `Initiative ${initiative.id} has no pinned rank`);
    const from = initiative.pinnedRank;
    initiative.pinnedRank = null;
    initiative.pinReason = null;
    initiative.updatedAt = new Date();
    await new DecisionService(this.ctx).record(initiative, DecisionAction.UNPIN, { from: String(from), to: null, reason: input.reason });
    await flushChecked(this.ctx.em);
    return initiative;
  }

  /** Pins are the regie team's alone (DESIGN §5: initiatives:decide; the guard checks it too). */
  private async governed(id: string, version: number): Promise<Initiative> {
    const actor = requireActor(this.ctx);
    if (!permits(actor, 'initiatives:decide')) throw new Forbidden('Only the regie team pins and unpins ranks (needs initiatives:decide)');
    const initiative = await this.get(id);
    assertVersion(this.ctx.em, initiative, version);
    return initiative;
  }

  /** Own department for leads and bound tokens; and, but for the regie team, only while it is still a proposal. */
  private authorizeEdit(actor: Actor, initiative: Initiative): void {
    authorizeForDepartment(actor, 'initiatives:write', initiative.department.id);
    if (!isRegie(actor) && !EDITABLE_BY_DEPARTMENT.includes(initiative.status)) {
      throw new Forbidden(`Initiative ${initiative.id} is ${initiative.status}: only the regie team edits it now (departments edit while ${EDITABLE_BY_DEPARTMENT.join(' or ')})`);
    }
  }

  private async activePerson(id: string | number): Promise<Person> {
    const person = await findOrFail(this.ctx.em, Person, id, { field: 'ownerId' });
    if (!person.active) throw new BadUserInput('ownerId', `ownerId: Person ${person.id} is no longer active`);
    return person;
  }

  /** Existing departments, each once, and not the owning one. */
  private async contributors(ids: readonly string[], owningDepartmentId: number): Promise<Department[]> {
    const field = 'contributingDepartmentIds';
    const parsed = ids.map((id, index) => parseId(id, `${field}.${index}`));
    if (new Set(parsed).size !== parsed.length) throw new BadUserInput(field, `${field} names a department more than once`);
    if (parsed.includes(owningDepartmentId)) {
      throw new BadUserInput(field, `${field}: Department ${owningDepartmentId} owns the initiative; it cannot also be a contributor`);
    }
    const found = parsed.length > 0 ? await this.ctx.em.find(Department, { id: { $in: parsed } }) : [];
    const missing = parsed.findIndex(id => !found.some(d => d.id === id));
    if (missing >= 0) throw new BadUserInput(`${field}.${missing}`, `${field}.${missing}: Department ${parsed[missing]} does not exist`);
    return parsed.map(id => found.find(d => d.id === id)!);
  }

  /** The stages of the impacts, checked: each exists and appears once. */
  private async planImpacts(impacts: readonly StageImpactInput[]): Promise<ImpactPlan[]> {
    const ids = impacts.map((impact, index) => parseId(impact.stageId, `impacts.${index}.stageId`));
    const twice = ids.findIndex((id, index) => ids.indexOf(id) !== index);
    if (twice >= 0) throw new BadUserInput('impacts', `impacts: stage ${ids[twice]} appears more than once; give one impact per stage`);
    const stages = ids.length > 0 ? await this.ctx.em.find(JourneyStage, { id: { $in: ids } }) : [];
    return impacts.map((input, index) => {
      const stage = stages.find(s => s.id === ids[index]);
      if (!stage) throw new BadUserInput(`impacts.${index}.stageId`, `impacts.${index}.stageId: JourneyStage ${ids[index]} does not exist`);
      return { stage, input };
    });
  }

  /** Makes the impacts exactly `wanted`: kept stages are updated in place, others added or removed. */
  private async replaceImpacts(initiative: Initiative, wanted: ImpactPlan[]): Promise<void> {
    const current = new Map((await initiative.impacts.load()).getItems().map(impact => [impact.stage.id, impact]));
    for (const { stage, input } of wanted) {
      const kept = current.get(stage.id);
      if (kept) {
        kept.level = input.level;
        kept.rationale = input.rationale ?? null;
        current.delete(stage.id);
      } else {
        initiative.impacts.add(this.ctx.em.create(StageImpact, { initiative, stage, level: input.level, rationale: input.rationale ?? null } as never));
      }
    }
    // orphanRemoval: a stage no longer named loses its impact row.
    for (const gone of current.values()) initiative.impacts.remove(gone);
  }
}
