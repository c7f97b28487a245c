import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { Allow } from '../../common/auth/guard.js';
import { ListArgs, ListMetadata } from '../../common/list.js';
import { Channel } from './channel.entity.js';
import { ChannelFilter, CreateChannelArgs, UpdateChannelArgs } from './channel.inputs.js';
import { ChannelService } from './channel.service.js';

@Resolver(() => Channel)
export class ChannelResolver {
  @Allow('read')
  @Query(() => [Channel])
  allChannels(@Args() args: ListArgs, @Arg('filter', () => ChannelFilter, { nullable: true }) filter: ChannelFilter | undefined, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return new ChannelService(ctx).list(args, filter, info);
  }

  @Allow('read')
  @Query(() => ListMetadata)
  _allChannelsMeta(@Args() _args: ListArgs, @Arg('filter', () => ChannelFilter, { nullable: true }) filter: ChannelFilter | undefined, @Ctx() ctx: Context) {
    return new ChannelService(ctx).count(filter);
  }

  @Allow('read')
  @Query(() => Channel)
  Channel(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return new ChannelService(ctx).get(id, info);
  }

  @Allow('manage')
  @Mutation(() => Channel)
  createChannel(@Args() input: CreateChannelArgs, @Ctx() ctx: Context) {
    return new ChannelService(ctx).create(input);
  }

  @Allow('manage')
  @Mutation(() => Channel)
  updateChannel(@Args() input: UpdateChannelArgs, @Ctx() ctx: Context) {
    return new ChannelService(ctx).update(input);
  }

  @Allow('manage')
  @Mutation(() => Channel)
  deleteChannel(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return new ChannelService(ctx).delete(id);
  }
}
