import type { GraphQLResolveInfo } from 'graphql';
import type { FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sql';
import DataLoader from 'dataloader';
import type { Context } from '../../context.js';
import { requireActor } from '../../common/auth/actor.js';
import { allOf, countAll, findForRead, findPage, type ListArgs, type ListMetadata } from '../../common/list.js';
import { findOrFail, parseId } from '../../common/persistence.js';
import type { Initiative } from '../initiative/initiative.entity.js';
import { Decision, DecisionAction } from './decision.entity.js';
import { ScoreService } from '../scoring/score.service.js';
import type { DecisionFilter } from './decision.inputs.js';

/** The history of many initiatives in one query; one loader per request (keyed by its EntityManager). */
const historyLoaders = new WeakMap<SqlEntityManager, DataLoader<number, Decision[]>>();

function historyLoader(em: SqlEntityManager): DataLoader<number, Decision[]> {
  let loader = historyLoaders.get(em);
  if (!loader) {
    loader = new DataLoader(async (ids: readonly number[]) => {
      const decisions = await em.find(Decision, { initiative: { $in: [...ids] } }, { orderBy: { at: 'desc', id: 'desc' } });
      return ids.map(id => decisions.filter(d => d.initiative.id === id));
    });
    historyLoaders.set(em, loader);
  }
  return loader;
}

export class DecisionService {
  constructor(private readonly ctx: Context) {}

  private where(filter: DecisionFilter = {}): FilterQuery<Decision> {
    return allOf<Decision>(
      filter.ids ? { id: { $in: filter.ids.map(id => parseId(id, 'filter.ids')) } } : undefined,
      filter.initiativeId ? { initiative: parseId(filter.initiativeId, 'filter.initiativeId') } : undefined,
      filter.actorId ? { actorId: parseId(filter.actorId, 'filter.actorId') } : undefined,
      filter.action ? { action: filter.action } : undefined,
      filter.at_gte ? { at: { $gte: filter.at_gte } } : undefined,
      filter.at_lte ? { at: { $lte: filter.at_lte } } : undefined,
    );
  }

  list(args: ListArgs, filter?: DecisionFilter, info?: GraphQLResolveInfo): Promise<Decision[]> {
    return findPage(this.ctx, Decision, this.where(filter), args, info);
  }

  count(filter?: DecisionFilter): Promise<ListMetadata> {
    return countAll(this.ctx.em, Decision, this.where(filter));
  }

  get(id: string, info?: GraphQLResolveInfo): Promise<Decision> {
    return info ? findForRead(this.ctx, Decision, id, info) : findOrFail(this.ctx.em, Decision, id);
  }

  /** An initiative's decisions, newest first (batched across the initiatives of one request). */
  history(initiativeId: number): Promise<Decision[]> {
    return historyLoader(this.ctx.em).load(initiativeId);
  }

  /**
   * Writes one entry of the governance log, by whoever is asking, in the mutation's transaction,
   * with the initiative's priority score and model version at that moment.
   */
  async record(initiative: Initiative, action: DecisionAction, change: { from?: string | null; to?: string | null; reason?: string | null }): Promise<Decision> {
    const actor = requireActor(this.ctx);
    const { priorityScore, modelVersion } = await new ScoreService(this.ctx).current(initiative.id);
    // A new entry makes the request's cached histories stale.
    historyLoaders.delete(this.ctx.em);
    return this.ctx.em.create(Decision, {
      initiative,
      action,
      fromValue: change.from ?? null,
      toValue: change.to ?? null,
      reason: change.reason?.trim() || null,
      actorType: actor.kind === 'person' ? 'PERSON' : 'API_TOKEN',
      actorId: actor.id,
      actorName: actor.name,
      actorEmail: actor.kind === 'person' ? actor.email : null,
      priorityScore,
      modelVersion,
    } as never);
  }
}
