import type { GraphQLResolveInfo } from 'graphql';
import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { assertUnreferenced } from '../../common/integrity.js';
import { allOf, countAll, findForRead, findPage, textSearch, type ListArgs, type ListMetadata } from '../../common/list.js';
import { assertVersion, detachedCopy, findOrFail, flushChecked, parseId } from '../../common/persistence.js';
import { assertNameFree } from '../../common/unique-name.js';
import { Segment } from './segment.entity.js';
import type { CreateSegmentArgs, SegmentFilter, UpdateSegmentArgs } from './segment.inputs.js';

const TAKEN = 'name is already used by another segment';
const UNIQUES = { segment_name_unique: { field: 'name', message: TAKEN } };

export class SegmentService {
  constructor(private readonly ctx: Context) {}

  private where(filter: SegmentFilter = {}): FilterQuery<Segment> {
    return allOf<Segment>(
      textSearch<Segment>(filter.q, ['name', 'description']),
      filter.ids ? { id: { $in: filter.ids.map(id => parseId(id, 'filter.ids')) } } : undefined,
      filter.share_gte != null ? { share: { $gte: filter.share_gte } } : undefined,
      filter.share_lte != null ? { share: { $lte: filter.share_lte } } : undefined,
    );
  }

  list(args: ListArgs, filter?: SegmentFilter, info?: GraphQLResolveInfo): Promise<Segment[]> {
    return findPage(this.ctx, Segment, this.where(filter), args, info);
  }

  count(filter?: SegmentFilter): Promise<ListMetadata> {
    return countAll(this.ctx.em, Segment, this.where(filter));
  }

  get(id: string, info?: GraphQLResolveInfo): Promise<Segment> {
    return info ? findForRead(this.ctx, Segment, id, info) : findOrFail(this.ctx.em, Segment, id);
  }

  async create(input: CreateSegmentArgs): Promise<Segment> {
    const { em } = this.ctx;
    const name = input.name.trim();
    await assertNameFree(em, Segment, name, TAKEN);
    const segment = em.create(Segment, { name, share: input.share ?? null, description: input.description ?? null } as never);
    await flushChecked(em, UNIQUES);
    return segment;
  }

  async update(input: UpdateSegmentArgs): Promise<Segment> {
    const { em } = this.ctx;
    const segment = await this.get(input.id);
    assertVersion(em, segment, input.version);
    if (input.name !== undefined) {
      segment.name = input.name.trim();
      await assertNameFree(em, Segment, segment.name, TAKEN, segment.id);
    }
    if (input.share !== undefined) segment.share = input.share;
    if (input.description !== undefined) segment.description = input.description;
    await flushChecked(em, UNIQUES);
    return segment;
  }

  /** Refused while journeys (or anything else) still name the segment. */
  async delete(id: string): Promise<Segment> {
    const { em } = this.ctx;
    const segment = await this.get(id);
    await assertUnreferenced(em, Segment, segment.id);
    const snapshot = detachedCopy(segment);
    em.remove(segment);
    await flushChecked(em);
    return snapshot;
  }
}
