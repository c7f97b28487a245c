import type { Translate } from '../i18n/translation.ts';
import type { Status } from './workflow';

/**
 * Each status in one colour, wherever a status shows; its words are `statusKey(status)`
 * (messages.ts). Fixed colours rather than the theme's (whose `secondary` and `info` are both
 * blue): seven statuses need seven distinct ones, each dark enough for white text. A proposal is
 * only outlined: nothing has been decided yet.
 */
export const STATUS_LOOK: Readonly<Record<Status, { color: string | null }>> = {
  PROPOSED: { color: null },
  UNDER_REVIEW: { color: '#0277bd' },
  APPROVED: { color: '#2e7d32' },
  IN_PROGRESS: { color: '#6a1b9a' },
  DONE: { color: '#37474f' },
  REJECTED: { color: '#c62828' },
  PARKED: { color: '#b45309' },
};

export const statusKey = (status: string) => `regie.initiatives.status.${status}`;
export const pillarKey = (pillar: string) => `regie.initiatives.pillar.${pillar}`;
export const levelKey = (level: string) => `regie.initiatives.impact.${level}`;

// Choices name their translation keys: SelectField and SelectInput translate them.
export const STATUS_CHOICES = Object.keys(STATUS_LOOK).map(id => ({ id, name: statusKey(id) }));

export const PILLARS = ['JOURNEY_INSIGHT', 'OMNICHANNEL', 'VISION_AND_WAYS_OF_WORKING', 'GOVERNANCE_AND_KPIS'] as const;

export const PILLAR_CHOICES = PILLARS.map(id => ({ id, name: pillarKey(id) }));

/**
 * The impact levels and their default values in the journey impact score (DESIGN §2); the active
 * scoring model may give them others (useLevelValues).
 */
export const IMPACT_LEVELS = [
  { id: 'MINIMAL', value: 0.25 },
  { id: 'LOW', value: 0.5 },
  { id: 'MEDIUM', value: 1 },
  { id: 'HIGH', value: 2 },
  { id: 'MASSIVE', value: 3 },
] as const;

/** Each level with its value, "High · 2", for a picker; `values` are the active model's, else the defaults. */
export const impactLevelChoices = (translate: Translate, values?: Readonly<Record<string, number>>, formatValue: (value: number) => string = String) =>
  IMPACT_LEVELS.map(({ id, value }) => ({ id, name: `${translate(levelKey(id))} · ${formatValue(values?.[id] ?? value)}` }));

export const COMMERCIAL_VALUE_CHOICES = [1, 2, 3, 4, 5].map(value => ({ id: value, name: String(value) }));
