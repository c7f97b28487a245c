import { Resolver } from 'type-graphql';
import { Channel } from './channel.entity.js';

/** Placeholder: the queries and mutations of Channel arrive with the CX domain issue. */
@Resolver(() => Channel)
export class ChannelResolver {}
