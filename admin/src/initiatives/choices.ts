import type { Status } from './workflow';

/**
 * Each status in words and in one colour, wherever a status shows. Fixed colours rather than the
 * theme's (whose `secondary` and `info` are both blue): seven statuses need seven distinct ones,
 * each dark enough for white text. A proposal is only outlined: nothing has been decided yet.
 */
export const STATUS_LOOK: Readonly<Record<Status, { name: string; color: string | null }>> = {
  PROPOSED: { name: 'Proposed', color: null },
  UNDER_REVIEW: { name: 'Under review', color: '#0277bd' },
  APPROVED: { name: 'Approved', color: '#2e7d32' },
  IN_PROGRESS: { name: 'In progress', color: '#6a1b9a' },
  DONE: { name: 'Done', color: '#37474f' },
  REJECTED: { name: 'Rejected', color: '#c62828' },
  PARKED: { name: 'Parked', color: '#b45309' },
};

export const STATUS_CHOICES = Object.entries(STATUS_LOOK).map(([id, { name }]) => ({ id, name }));

export const PILLAR_CHOICES = [
  { id: 'JOURNEY_INSIGHT', name: 'Journey insight' },
  { id: 'OMNICHANNEL', name: 'Omnichannel' },
  { id: 'VISION_AND_WAYS_OF_WORKING', name: 'Vision and ways of working' },
  { id: 'GOVERNANCE_AND_KPIS', name: 'Governance and KPIs' },
];

/**
 * The impact levels and their default values in the journey impact score (DESIGN §2); the active
 * scoring model may give them others (useLevelValues).
 */
export const IMPACT_LEVELS = [
  { id: 'MINIMAL', name: 'Minimal', value: 0.25 },
  { id: 'LOW', name: 'Low', value: 0.5 },
  { id: 'MEDIUM', name: 'Medium', value: 1 },
  { id: 'HIGH', name: 'High', value: 2 },
  { id: 'MASSIVE', name: 'Massive', value: 3 },
] as const;

/** Each level with its value, "High · 2", for a picker; `values` are the active model's, else the defaults. */
export const impactLevelChoices = (values?: Readonly<Record<string, number>>) =>
  IMPACT_LEVELS.map(({ id, name, value }) => ({ id, name: `${name} · ${values?.[id] ?? value}` }));

export const COMMERCIAL_VALUE_CHOICES = [1, 2, 3, 4, 5].map(value => ({ id: value, name: String(value) }));
