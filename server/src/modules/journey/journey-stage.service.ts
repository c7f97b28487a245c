import type { GraphQLResolveInfo } from 'graphql';
import { LockMode, ref, type FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sql';
import type { Context } from '../../context.js';
import { BadUserInput, Conflict, NotFound } from '../../common/errors.js';
import { assertUnreferenced } from '../../common/integrity.js';
import { allOf, countAll, findForRead, findPage, textSearch, type ListArgs, type ListMetadata } from '../../common/list.js';
import { assertVersion, detachedCopy, findOrFail, flushChecked, parseId } from '../../common/persistence.js';
import { Channel } from '../channel/channel.entity.js';
import { JourneyStage } from './journey-stage.entity.js';
import type { CreateJourneyStageArgs, JourneyStageFilter, UpdateJourneyStageArgs } from './journey-stage.inputs.js';
import { Journey } from './journey.entity.js';
import { findAllOrFail, inTransaction, replaceItems } from '../../common/relations.js';

/**
 * Locks a journey row until the transaction ends. Every change to the order of a journey's
 * stages takes this lock first, so concurrent edits of one journey run one after the other and
 * each sees the positions the previous one committed.
 */
export async function lockJourney(em: SqlEntityManager, id: string | number, field: string): Promise<Journey> {
  const journey = await em.findOne(Journey, { id: parseId(id, field) }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!journey) throw field === 'id' ? new NotFound('Journey', id) : new BadUserInput(field, `${field}: Journey ${id} does not exist`);
  return journey;
}

/** A journey's stages in their order, read afresh (call it holding the journey's lock). */
export function stagesOf(em: SqlEntityManager, journeyId: number): Promise<JourneyStage[]> {
  return em.find(JourneyStage, { journey: journeyId }, { orderBy: { position: 'asc', id: 'asc' }, refresh: true });
}

/** `others` (a journey's stages without `stage`) with `stage` at the 1-based `position`. */
function placeAt(others: readonly JourneyStage[], stage: JourneyStage, position: number): JourneyStage[] {
  const last = others.length + 1;
  if (position > last) {
    throw new BadUserInput('position', `position must be from 1 to ${last}: the journey has ${others.length} other stage${others.length === 1 ? '' : 's'}`);
  }
  return [...others.slice(0, position - 1), stage, ...others.slice(position - 1)];
}

/** Positions 1..n in list order: dense, whatever gaps or ties there were before. */
function renumber(ordered: readonly JourneyStage[]): void {
  ordered.forEach((stage, index) => (stage.position = index + 1));
}

export class JourneyStageService {
  constructor(private readonly ctx: Context) {}

  private where(filter: JourneyStageFilter = {}): FilterQuery<JourneyStage> {
    return allOf<JourneyStage>(
      textSearch<JourneyStage>(filter.q, ['name', 'description']),
      filter.ids ? { id: { $in: filter.ids.map(id => parseId(id, 'filter.ids')) } } : undefined,
      filter.journeyId ? { journey: parseId(filter.journeyId, 'filter.journeyId') } : undefined,
      filter.channelId ? { channels: { $some: { id: parseId(filter.channelId, 'filter.channelId') } } } : undefined,
      filter.importance_gte != null ? { importance: { $gte: filter.importance_gte } } : undefined,
      filter.importance_lte != null ? { importance: { $lte: filter.importance_lte } } : undefined,
      filter.reach_gte != null ? { reach: { $gte: filter.reach_gte } } : undefined,
      filter.reach_lte != null ? { reach: { $lte: filter.reach_lte } } : undefined,
    );
  }

  list(args: ListArgs, filter?: JourneyStageFilter, info?: GraphQLResolveInfo): Promise<JourneyStage[]> {
    return findPage(this.ctx, JourneyStage, this.where(filter), args, info);
  }

  count(filter?: JourneyStageFilter): Promise<ListMetadata> {
    return countAll(this.ctx.em, JourneyStage, this.where(filter));
  }

  get(id: string, info?: GraphQLResolveInfo): Promise<JourneyStage> {
    return info ? findForRead(this.ctx, JourneyStage, id, info) : findOrFail(this.ctx.em, JourneyStage, id);
  }

  create(input: CreateJourneyStageArgs): Promise<JourneyStage> {
    return inTransaction(this.ctx.em, async em => {
      const journey = await lockJourney(em, input.journeyId, 'journeyId');
      const others = await stagesOf(em, journey.id);
      const stage = em.create(JourneyStage, {
        journey,
        name: input.name.trim(),
        description: input.description ?? null,
        position: 0,
        importance: input.importance,
        reach: input.reach,
        targetNps: input.targetNps ?? null,
        channels: await findAllOrFail(em, Channel, input.channelIds ?? [], 'channelIds'),
      } as never);
      renumber(placeAt(others, stage, input.position ?? others.length + 1));
      await flushChecked(em);
      return stage;
    });
  }

  update(input: UpdateJourneyStageArgs): Promise<JourneyStage> {
    return inTransaction(this.ctx.em, async em => {
      const stage = await findOrFail(em, JourneyStage, input.id);
      const targetId = input.journeyId != null ? parseId(input.journeyId, 'journeyId') : undefined;
      const { from, to } = await this.lockJourneysOf(em, stage, targetId);
      assertVersion(em, stage, input.version);
      // Both orders are read before anything changes (a query would flush pending changes first).
      const fromStages = await stagesOf(em, from.id);
      const toStages = to === from ? fromStages : await stagesOf(em, to.id);
      const channels = input.channelIds !== undefined ? await findAllOrFail(em, Channel, input.channelIds ?? [], 'channelIds') : undefined;
      const others = toStages.filter(s => s !== stage);
      const order = placeAt(others, stage, input.position ?? (to === from ? fromStages.indexOf(stage) + 1 : others.length + 1));
      if (channels) await replaceItems(stage, stage.channels, channels);

      if (to !== from) {
        stage.journey = ref(to);
        renumber(fromStages.filter(s => s !== stage));
      }
      renumber(order);
      if (input.name !== undefined) stage.name = input.name.trim();
      if (input.description !== undefined) stage.description = input.description;
      if (input.importance !== undefined) stage.importance = input.importance;
      if (input.reach !== undefined) stage.reach = input.reach;
      if (input.targetNps !== undefined) stage.targetNps = input.targetNps;
      await flushChecked(em);
      return stage;
    });
  }

  /** Refused while initiatives score the stage or KPIs serve it; the stages after it move up. */
  delete(id: string): Promise<JourneyStage> {
    return inTransaction(this.ctx.em, async em => {
      const stage = await findOrFail(em, JourneyStage, id);
      const { from } = await this.lockJourneysOf(em, stage);
      await assertUnreferenced(em, JourneyStage, stage.id);
      await stage.channels.load();
      const snapshot = detachedCopy(stage);
      const others = (await stagesOf(em, from.id)).filter(s => s !== stage);
      em.remove(stage);
      renumber(others);
      await flushChecked(em);
      return snapshot;
    });
  }

  /**
   * Locks the stage's journey and, for a move, the target journey, in id order so that two moves
   * in opposite directions cannot deadlock. The stage is then read again: another request may
   * have moved or deleted it before the lock was ours.
   */
  private async lockJourneysOf(em: SqlEntityManager, stage: JourneyStage, targetId?: number): Promise<{ from: Journey; to: Journey }> {
    const fromId = stage.journey.id;
    const locked = new Map<number, Journey>();
    for (const id of [...new Set([fromId, targetId ?? fromId])].sort((a, b) => a - b)) {
      locked.set(id, await lockJourney(em, id, id === targetId ? 'journeyId' : 'id'));
    }
    if (!(await em.refresh(stage))) throw new NotFound('JourneyStage', stage.id);
    if (stage.journey.id !== fromId) throw new Conflict('JourneyStage', stage.id, stage.version);
    return { from: locked.get(fromId)!, to: locked.get(targetId ?? fromId)! };
  }
}
