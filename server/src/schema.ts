import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { guard } from './common/auth/guard.js';
import { refuseUnstorableText } from './common/storable-text.js';
import { servePrefetched } from './common/json-read.js';
import { ApiTokenResolver } from './modules/api-token/api-token.resolver.js';
import { auditMutations } from './modules/audit/audit.js';
import { AuditResolver } from './modules/audit/audit.resolver.js';
import { AuthResolver } from './modules/auth/auth.resolver.js';
import { DepartmentResolver } from './modules/department/department.resolver.js';
import { PersonResolver } from './modules/person/person.resolver.js';
import { ChannelResolver } from './modules/channel/channel.resolver.js';
import { SegmentResolver } from './modules/segment/segment.resolver.js';
import { JourneyResolver } from './modules/journey/journey.resolver.js';
import { JourneyStageResolver } from './modules/journey/journey-stage.resolver.js';
import { InitiativeResolver } from './modules/initiative/initiative.resolver.js';
import { StageImpactResolver } from './modules/initiative/stage-impact.resolver.js';
import { DecisionResolver } from './modules/decision/decision.resolver.js';
import { KpiResolver } from './modules/kpi/kpi.resolver.js';
import { KpiMeasurementResolver } from './modules/kpi/kpi-measurement.resolver.js';
import { NpsResolver } from './modules/nps/nps.resolver.js';
import { SurveyResponseResolver } from './modules/survey-response/survey-response.resolver.js';
import { ScoringModelResolver } from './modules/scoring/scoring-model.resolver.js';
import { RoadmapResolver } from './modules/scoring/roadmap.resolver.js';
import { MaturityAssessmentResolver } from './modules/maturity/maturity.resolver.js';

export const resolvers = [
  AuthResolver,
  DepartmentResolver,
  PersonResolver,
  ApiTokenResolver,
  AuditResolver,
  ChannelResolver,
  SegmentResolver,
  JourneyResolver,
  JourneyStageResolver,
  InitiativeResolver,
  StageImpactResolver,
  DecisionResolver,
  KpiResolver,
  KpiMeasurementResolver,
  SurveyResponseResolver,
  NpsResolver,
  ScoringModelResolver,
  RoadmapResolver,
  MaturityAssessmentResolver,
] as const;

export async function buildRegieSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    // Order matters: first who may, then no text PostgreSQL cannot store, then the audited transaction around the mutation.
    globalMiddlewares: [guard, refuseUnstorableText, auditMutations],
    // skipMissingProperties off: an explicit null is validated (see Omittable), an omitted optional arg is not (IsOptional).
    validate: { forbidUnknownValues: false, skipMissingProperties: false },
    emitSchemaFile: false,
  });
  return servePrefetched(schema);
}

const HEADER = '# Generated from the server code by `npm run schema -w server`; do not edit.\n\n';

/** The committed schema.graphql: sorted, so that it changes only when the API does. */
export function printRegieSchema(schema: GraphQLSchema): string {
  return HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}
