import { Resolver } from 'type-graphql';
import { Segment } from './segment.entity.js';

/** Placeholder: the queries and mutations of Segment arrive with the CX domain issue. */
@Resolver(() => Segment)
export class SegmentResolver {}
