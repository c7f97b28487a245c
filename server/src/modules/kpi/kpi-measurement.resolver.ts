import { Resolver } from 'type-graphql';
import { KpiMeasurement } from './kpi-measurement.entity.js';

/** Placeholder: the queries and mutations of KpiMeasurement arrive with the CX domain issue. */
@Resolver(() => KpiMeasurement)
export class KpiMeasurementResolver {}
