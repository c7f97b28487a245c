import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.js';
import { requireActor } from '../../common/auth/actor.js';
import { BadUserInput, Conflict } from '../../common/errors.js';
import type { FilterQuery } from '@mikro-orm/core';
import { allOf, countAll, findForRead, findPage, type ListArgs, type ListMetadata } from '../../common/list.js';
import { findOrFail, flushChecked, parseId, violatedConstraint } from '../../common/persistence.js';
import { Initiative } from '../initiative/initiative.entity.js';
import type { ModelValues } from './score-sql.js';
import { ScoreService, todayOf } from './score.service.js';
import { refreshWindowCounts } from './window-counts.js';
import { ScoringModel } from './scoring-model.entity.js';
import { IMPACT_LEVELS } from './scoring.maths.js';
import type { ModelPreviewRow, ScoringModelFilter, ScoringModelValuesArgs, UpdateScoringModelArgs } from './scoring.types.js';

export class ScoringModelService {
  constructor(private readonly ctx: Context) {}

  private where(filter: ScoringModelFilter = {}): FilterQuery<ScoringModel> {
    return allOf<ScoringModel>(
      filter.ids ? { id: { $in: filter.ids.map(id => parseId(id, 'filter.ids')) } } : undefined,
      filter.version != null ? { version: filter.version } : undefined,
    );
  }

  list(args: ListArgs, filter?: ScoringModelFilter, info?: GraphQLResolveInfo): Promise<ScoringModel[]> {
    const sorted = args.sortField ? args : { ...args, sortField: 'version', sortOrder: 'DESC' };
    return findPage(this.ctx, ScoringModel, this.where(filter), sorted, info);
  }

  count(filter?: ScoringModelFilter): Promise<ListMetadata> {
    return countAll(this.ctx.em, ScoringModel, this.where(filter));
  }

  get(id: string, info?: GraphQLResolveInfo): Promise<ScoringModel> {
    return info ? findForRead(this.ctx, ScoringModel, id, info) : findOrFail(this.ctx.em, ScoringModel, id);
  }

  async active(): Promise<ScoringModel> {
    const [model] = await this.ctx.em.find(ScoringModel, {}, { orderBy: { version: 'desc' }, limit: 1 });
    return model;
  }

  /** The active model with the given changes applied; checked as a whole. */
  private async proposed(args: ScoringModelValuesArgs): Promise<ModelValues> {
    const active = await new ScoreService(this.ctx).activeModel();
    const levels = { ...active.levels };
    const seen = new Set<string>();
    (args.levels ?? []).forEach((entry, i) => {
      if (seen.has(entry.level)) throw new BadUserInput(`levels.${i}.level`, `${entry.level} is given twice`);
      seen.add(entry.level);
      levels[entry.level] = entry.value;
    });
    // The levels stay in their order: a higher level never counts less than a lower one.
    for (let i = 1; i < IMPACT_LEVELS.length; i++) {
      if (levels[IMPACT_LEVELS[i]] < levels[IMPACT_LEVELS[i - 1]]) {
        const index = (args.levels ?? []).findIndex(entry => entry.level === IMPACT_LEVELS[i] || entry.level === IMPACT_LEVELS[i - 1]);
        throw new BadUserInput(`levels.${Math.max(0, index)}.value`, `${IMPACT_LEVELS[i]} (${levels[IMPACT_LEVELS[i]]}) may not count less than ${IMPACT_LEVELS[i - 1]} (${levels[IMPACT_LEVELS[i - 1]]})`);
      }
    }
    return {
      version: active.version + 1,
      levels,
      gapWeight: args.gapWeight ?? active.gapWeight,
      minResponses: args.minResponses ?? active.minResponses,
      windowDays: args.windowDays ?? active.windowDays,
      commercialWeight: args.commercialWeight ?? active.commercialWeight,
    };
  }

  /** A new version from the active one and the changes; it becomes the active one. */
  async update(args: UpdateScoringModelArgs): Promise<ScoringModel> {
    const { em } = this.ctx;
    const actor = requireActor(this.ctx);
    const values = await this.proposed(args);
    const model = em.create(ScoringModel, {
      version: values.version,
      levels: values.levels,
      gapWeight: values.gapWeight,
      minResponses: values.minResponses,
      windowDays: values.windowDays,
      commercialWeight: values.commercialWeight,
      reason: args.reason.trim(),
      createdById: actor.kind === 'person' ? actor.id : null,
      createdByName: actor.name,
    } as never);
    try {
      await flushChecked(em, {});
    } catch (error) {
      // Two changes at once: the later one is refused rather than silently based on a stale version.
      if (violatedConstraint(error) === 'scoring_model_version_unique') throw new Conflict('ScoringModel', values.version - 1, values.version);
      throw error;
    }
    ScoreService.forgetActiveModel(em);
    // A new window: the kept window counts are rebuilt now, in this transaction, so that scores stay fast.
    if (values.windowDays !== (await this.previousWindow(values.version))) await refreshWindowCounts(em, todayOf(this.ctx));
    return model;
  }

  private async previousWindow(version: number): Promise<number | undefined> {
    return (await this.ctx.em.findOne(ScoringModel, { version: version - 1 }))?.windowDays;
  }

  /** How every open initiative's rank and score would move under the proposed model; nothing saved. */
  async preview(args: ScoringModelValuesArgs): Promise<ModelPreviewRow[]> {
    const scores = new ScoreService(this.ctx);
    const proposed = await this.proposed(args);
    const [before, after] = await Promise.all([scores.ranking(), scores.ranking(proposed)]);
    const afterById = new Map(after.map(row => [row.id, row]));
    const initiatives = new Map((await this.ctx.em.find(Initiative, { id: { $in: before.map(row => row.id) } })).map(i => [i.id, i]));
    return before
      .map(row => {
        const moved = afterById.get(row.id)!;
        return { initiative: initiatives.get(row.id)!, pinned: row.pinned, rankBefore: row.rank, rankAfter: moved.rank, scoreBefore: row.priorityScore, scoreAfter: moved.priorityScore };
      })
      .sort((a, b) => a.rankAfter - b.rankAfter);
  }
}
