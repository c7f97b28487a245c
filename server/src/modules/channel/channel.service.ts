import type { GraphQLResolveInfo } from 'graphql';
import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { assertUnreferenced } from '../../common/integrity.js';
import { allOf, countAll, findForRead, findPage, textSearch, type ListArgs, type ListMetadata } from '../../common/list.js';
import { assertVersion, detachedCopy, findOrFail, flushChecked, parseId } from '../../common/persistence.js';
import { Channel } from './channel.entity.js';
import type { ChannelFilter, CreateChannelArgs, UpdateChannelArgs } from './channel.inputs.js';
import { assertNameFree } from '../../common/unique-name.js';

const TAKEN = 'name is already used by another channel';
const UNIQUES = { channel_name_unique: { field: 'name', message: TAKEN } };

export class ChannelService {
  constructor(private readonly ctx: Context) {}

  private where(filter: ChannelFilter = {}): FilterQuery<Channel> {
    return allOf<Channel>(
      textSearch<Channel>(filter.q, ['name', 'description']),
      filter.ids ? { id: { $in: filter.ids.map(id => parseId(id, 'filter.ids')) } } : undefined,
    );
  }

  list(args: ListArgs, filter?: ChannelFilter, info?: GraphQLResolveInfo): Promise<Channel[]> {
    return findPage(this.ctx, Channel, this.where(filter), args, info);
  }

  count(filter?: ChannelFilter): Promise<ListMetadata> {
    return countAll(this.ctx.em, Channel, this.where(filter));
  }

  get(id: string, info?: GraphQLResolveInfo): Promise<Channel> {
    return info ? findForRead(this.ctx, Channel, id, info) : findOrFail(this.ctx.em, Channel, id);
  }

  async create(input: CreateChannelArgs): Promise<Channel> {
    const { em } = this.ctx;
    const name = input.name.trim();
    await assertNameFree(em, Channel, name, TAKEN);
    const channel = em.create(Channel, { name, description: input.description ?? null } as never);
    await flushChecked(em, UNIQUES);
    return channel;
  }

  async update(input: UpdateChannelArgs): Promise<Channel> {
    const { em } = this.ctx;
    const channel = await this.get(input.id);
    assertVersion(em, channel, input.version);
    if (input.name !== undefined) {
      channel.name = input.name.trim();
      await assertNameFree(em, Channel, channel.name, TAKEN, channel.id);
    }
    if (input.description !== undefined) channel.description = input.description;
    await flushChecked(em, UNIQUES);
    return channel;
  }

  /** Refused while journey stages (or anything else) still happen in the channel. */
  async delete(id: string): Promise<Channel> {
    const { em } = this.ctx;
    const channel = await this.get(id);
    await assertUnreferenced(em, Channel, channel.id);
    const snapshot = detachedCopy(channel);
    em.remove(channel);
    await flushChecked(em);
    return snapshot;
  }
}
