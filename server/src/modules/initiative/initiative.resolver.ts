import { Resolver } from 'type-graphql';
import { Initiative } from './initiative.entity.js';

/** Placeholder: the queries and mutations of Initiative arrive with the CX domain issue. */
@Resolver(() => Initiative)
export class InitiativeResolver {}
