import { Resolver } from 'type-graphql';
import { Kpi } from './kpi.entity.js';

/** Placeholder: the queries and mutations of Kpi arrive with the CX domain issue. */
@Resolver(() => Kpi)
export class KpiResolver {}
