/** The audited types (the server's entity classes); the trail names them so. */
export const ENTITY_CHOICES = [
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
  'Person',
  'Segment',
  'StageImpact',
].map(entity => ({ id: entity, name: entity }));

export const ACTOR_TYPE_CHOICES = [
  { id: 'PERSON', name: 'Person' },
  { id: 'API_TOKEN', name: 'API token' },
];

export const ACTION_CHOICES = [
  { id: 'CREATE', name: 'Created' },
  { id: 'UPDATE', name: 'Updated' },
  { id: 'DELETE', name: 'Deleted' },
];
