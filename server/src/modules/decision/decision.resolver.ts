import { Resolver } from 'type-graphql';
import { Decision } from './decision.entity.js';

/** Placeholder: the queries and mutations of Decision arrive with the CX domain issue. */
@Resolver(() => Decision)
export class DecisionResolver {}
