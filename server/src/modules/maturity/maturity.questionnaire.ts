import { Pillar } from '../initiative/initiative.enums.js';

/** One statement of the questionnaire: a department scores how true it is of itself, 1 to 5. */
export interface MaturityStatementData {
  /** Stable, e.g. JOURNEY_INSIGHT_1: answers and translations refer to it. */
  key: string;
  pillar: Pillar;
  /** In English; the admin translates by key. */
  text: string;
}

export const MIN_SCORE = 1;
export const MAX_SCORE = 5;

/** The order of the pillars, in the questionnaire and in every list of pillar scores. */
export const PILLARS: readonly Pillar[] = [Pillar.JOURNEY_INSIGHT, Pillar.OMNICHANNEL, Pillar.VISION_AND_WAYS_OF_WORKING, Pillar.GOVERNANCE_AND_KPIS];

const TEXTS: Record<Pillar, readonly [string, string, string]> = {
  JOURNEY_INSIGHT: [
    'We know which journey stages our customers pass through with us, and which of them matter most to them.',
    'We measure what customers think at the stages we serve, and we act on what they tell us.',
    'We can name the moments where we fall short for customers, and why, and our priorities follow from them.',
  ],
  OMNICHANNEL: [
    'Customers get the same answer and the same service whichever channel they use.',
    'A customer who switches channel halfway does not have to start over: their story goes with them.',
    'We know which channels customers use at each stage, and we design our work for that.',
  ],
  VISION_AND_WAYS_OF_WORKING: [
    'Our people can say how their work contributes to the customer experience we aim for.',
    'We solve customer problems together with the departments they cross, not each on our own.',
    'We try improvements out with customers early and adjust them to what we learn.',
  ],
  GOVERNANCE_AND_KPIS: [
    'Our KPIs are linked to the journey stages they serve, and include what customers experience.',
    'For every customer moment our department touches, someone is accountable.',
    'We review our customer results regularly and agree follow-up actions with the regie team.',
  ],
};

/** The questionnaire (DESIGN §1 MaturityAssessment): three statements per pillar, fixed in code. */
export const MATURITY_QUESTIONNAIRE: readonly MaturityStatementData[] = PILLARS.flatMap(pillar =>
  TEXTS[pillar].map((text, index) => ({ key: `${pillar}_${index + 1}`, pillar, text })),
);

export const STATEMENT_KEYS: readonly string[] = MATURITY_QUESTIONNAIRE.map(statement => statement.key);

const PILLAR_OF = new Map(MATURITY_QUESTIONNAIRE.map(statement => [statement.key, statement.pillar]));

export interface MaturityAnswerData {
  statement: string;
  score: number;
}

/** Two decimals: a mean of three scores 1–5 needs no more to be compared. */
const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * The pillar scores of a complete set of answers (every statement once): each the mean of its
 * pillar's answers; overall the mean of the four pillar scores (of all answers, as every pillar
 * has as many statements); each rounded to two decimals.
 */
export function maturityScores(answers: readonly MaturityAnswerData[]): { pillars: Record<Pillar, number>; overall: number } {
  const sums = new Map<Pillar, { total: number; count: number }>(PILLARS.map(pillar => [pillar, { total: 0, count: 0 }]));
  for (const answer of answers) {
    const sum = sums.get(PILLAR_OF.get(answer.statement)!)!;
    sum.total += answer.score;
    sum.count += 1;
  }
  const means = PILLARS.map(pillar => sums.get(pillar)!.total / sums.get(pillar)!.count);
  return {
    pillars: Object.fromEntries(PILLARS.map((pillar, i) => [pillar, round2(means[i])])) as Record<Pillar, number>,
    overall: round2(means.reduce((a, b) => a + b, 0) / means.length),
  };
}
