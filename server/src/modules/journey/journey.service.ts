import type { GraphQLResolveInfo } from 'graphql';
import { ref, type FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { BadUserInput } from '../../common/errors.js';
import { assertUnreferenced } from '../../common/integrity.js';
import { allOf, countAll, findForRead, findPage, textSearch, type ListArgs, type ListMetadata } from '../../common/list.js';
import { assertVersion, detachedCopy, findOrFail, flushChecked, parseId } from '../../common/persistence.js';
import { Person } from '../person/person.entity.js';
import { Segment } from '../segment/segment.entity.js';
import { JourneyStage } from './journey-stage.entity.js';
import { lockJourney, stagesOf } from './journey-stage.service.js';
import { Journey } from './journey.entity.js';
import type { CreateJourneyArgs, JourneyFilter, UpdateJourneyArgs } from './journey.inputs.js';
import { findAllOrFail, inTransaction, replaceItems } from '../../common/relations.js';

export class JourneyService {
  constructor(private readonly ctx: Context) {}

  private where(filter: JourneyFilter = {}): FilterQuery<Journey> {
    return allOf<Journey>(
      textSearch<Journey>(filter.q, ['name', 'description']),
      filter.ids ? { id: { $in: filter.ids.map(id => parseId(id, 'filter.ids')) } } : undefined,
      filter.ownerId ? { owner: parseId(filter.ownerId, 'filter.ownerId') } : undefined,
      filter.segmentId ? { segments: { $some: { id: parseId(filter.segmentId, 'filter.segmentId') } } } : undefined,
      filter.targetNps_gte != null ? { targetNps: { $gte: filter.targetNps_gte } } : undefined,
      filter.targetNps_lte != null ? { targetNps: { $lte: filter.targetNps_lte } } : undefined,
      filter.createdAt_gte ? { createdAt: { $gte: filter.createdAt_gte } } : undefined,
      filter.createdAt_lte ? { createdAt: { $lte: filter.createdAt_lte } } : undefined,
    );
  }

  list(args: ListArgs, filter?: JourneyFilter, info?: GraphQLResolveInfo): Promise<Journey[]> {
    return findPage(this.ctx, Journey, this.where(filter), args, info);
  }

  count(filter?: JourneyFilter): Promise<ListMetadata> {
    return countAll(this.ctx.em, Journey, this.where(filter));
  }

  get(id: string, info?: GraphQLResolveInfo): Promise<Journey> {
    return info ? findForRead(this.ctx, Journey, id, info) : findOrFail(this.ctx.em, Journey, id);
  }

  async create(input: CreateJourneyArgs): Promise<Journey> {
    const { em } = this.ctx;
    const journey = em.create(Journey, {
      name: input.name.trim(),
      description: input.description ?? null,
      owner: input.ownerId ? await findOrFail(em, Person, input.ownerId, { field: 'ownerId' }) : null,
      targetNps: input.targetNps ?? null,
      targetDate: input.targetDate ?? null,
      segments: await findAllOrFail(em, Segment, input.segmentIds ?? [], 'segmentIds'),
    } as never);
    await flushChecked(em);
    return journey;
  }

  async update(input: UpdateJourneyArgs): Promise<Journey> {
    const { em } = this.ctx;
    const journey = await this.get(input.id);
    assertVersion(em, journey, input.version);
    const owner = input.ownerId ? await findOrFail(em, Person, input.ownerId, { field: 'ownerId' }) : null;
    if (input.segmentIds !== undefined) await replaceItems(journey, journey.segments, await findAllOrFail(em, Segment, input.segmentIds ?? [], 'segmentIds'));
    if (input.name !== undefined) journey.name = input.name.trim();
    if (input.description !== undefined) journey.description = input.description;
    if (input.ownerId !== undefined) journey.owner = owner ? ref(owner) : null;
    if (input.targetNps !== undefined) journey.targetNps = input.targetNps;
    if (input.targetDate !== undefined) journey.targetDate = input.targetDate;
    await flushChecked(em);
    return journey;
  }

  /**
   * Deletes the journey with its stages, in one transaction. Refused while anything points at the
   * journey or at one of its stages (initiatives' stage impacts, KPIs), naming it.
   */
  delete(id: string): Promise<Journey> {
    return inTransaction(this.ctx.em, async em => {
      // The lock keeps stages from being added while the journey goes.
      const journey = await lockJourney(em, id, 'id');
      await assertUnreferenced(em, Journey, journey.id, ['JourneyStage.journey']);
      const stages = await stagesOf(em, journey.id);
      for (const stage of stages) {
        try {
          await assertUnreferenced(em, JourneyStage, stage.id);
        } catch (error) {
          if (error instanceof BadUserInput) throw new BadUserInput('id', `Journey ${journey.id} cannot be deleted with its stages: ${error.message}`);
          throw error;
        }
      }
      // Loaded now, so that the returned record still lists its segments (its stages go with it).
      await journey.segments.load();
      const snapshot = detachedCopy(journey);
      stages.forEach(stage => em.remove(stage));
      em.remove(journey);
      await flushChecked(em);
      return snapshot;
    });
  }
}
