import { Resolver } from 'type-graphql';
import { Journey } from './journey.entity.js';

/** Placeholder: the queries and mutations of Journey arrive with the CX domain issue. */
@Resolver(() => Journey)
export class JourneyResolver {}
