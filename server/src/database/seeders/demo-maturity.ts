import type { DepartmentCode } from './demo-data.js';

/**
 * Scores of the maturity questionnaire for one assessment, per pillar in the questionnaire's
 * order (JOURNEY_INSIGHT, OMNICHANNEL, VISION_AND_WAYS_OF_WORKING, GOVERNANCE_AND_KPIS): each
 * string holds the scores of the pillar's statements _1, _2, _3.
 */
export type DemoMaturityScores = readonly [string, string, string, string];

export interface DemoMaturity {
  /** Days before the demo's reference date. */
  daysBefore: number;
  /** Whose assessment it is: the department's lead (a self-assessment) or the regie team. */
  by: 'lead' | 'regie';
  scores: DemoMaturityScores;
}

/**
 * Two assessments per department, about six months apart: each department is weakest on its
 * own pillar (Sales on journey insight, Marketing and Field Operations on omnichannel, Billing on
 * vision and ways of working, Customer Service and Digital on governance and KPIs), and every one
 * has grown since the first.
 */
export const DEMO_MATURITY: Readonly<Record<DepartmentCode, readonly [DemoMaturity, DemoMaturity]>> = {
  MKT: [
    { daysBefore: 190, by: 'lead', scores: ['233', '122', '334', '222'] },
    { daysBefore: 14, by: 'lead', scores: ['334', '223', '344', '233'] },
  ],
  SAL: [
    { daysBefore: 187, by: 'lead', scores: ['122', '233', '223', '333'] },
    { daysBefore: 12, by: 'regie', scores: ['223', '334', '233', '334'] },
  ],
  CS: [
    { daysBefore: 184, by: 'lead', scores: ['334', '233', '333', '122'] },
    { daysBefore: 10, by: 'lead', scores: ['344', '334', '334', '223'] },
  ],
  BIL: [
    { daysBefore: 181, by: 'regie', scores: ['222', '333', '112', '334'] },
    { daysBefore: 8, by: 'lead', scores: ['233', '333', '223', '344'] },
  ],
  OPS: [
    { daysBefore: 178, by: 'lead', scores: ['233', '112', '223', '233'] },
    { daysBefore: 6, by: 'regie', scores: ['333', '222', '233', '334'] },
  ],
  DIG: [
    { daysBefore: 175, by: 'lead', scores: ['344', '445', '233', '223'] },
    { daysBefore: 4, by: 'lead', scores: ['445', '455', '334', '334'] },
  ],
};
