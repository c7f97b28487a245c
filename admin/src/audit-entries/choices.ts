/** The audited types (the server's entity classes), as the trail names them. */
export const AUDITED_ENTITIES = [
  'ApiToken',
  'Channel',
  'Decision',
  'Department',
  'DepartmentCapacity',
  'Initiative',
  'Journey',
  'JourneyStage',
  'Kpi',
  'KpiMeasurement',
  'MaturityAssessment',
  'Person',
  'ScoringModel',
  'Segment',
  'StageImpact',
  'SurveyResponse',
] as const;

/** The translation key of an audited type's name (messages.ts); a type the admin does not know keeps its class name. */
export const entityKey = (entity: string) => `regie.audit.entity.${entity}`;

/** The names are translation keys, which SelectInput translates. */
export const ENTITY_CHOICES = AUDITED_ENTITIES.map(id => ({ id, name: entityKey(id) }));

export { ACTOR_TYPE_CHOICES } from '../decisions/choices';

/** What a mutation did to the record; the names are translation keys (messages.ts), which SelectField translates. */
export const ACTION_CHOICES = ['CREATE', 'UPDATE', 'DELETE'].map(id => ({ id, name: `regie.audit.action.${id}` }));
