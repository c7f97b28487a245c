/**
 * The journey impact score of DESIGN §2 as plain numbers in, plain numbers out. score-sql.ts is
 * the same formula in SQL (for lists sorted by score); the two are held equal by a test.
 */
import { estimateNps, type NpsCounts } from '../nps/nps.maths.js';

export const IMPACT_LEVELS = ['MINIMAL', 'LOW', 'MEDIUM', 'HIGH', 'MASSIVE'] as const;
export type LevelName = (typeof IMPACT_LEVELS)[number];

export interface ScoringWeights {
  levels: Record<LevelName, number>;
  gapWeight: number;
  minResponses: number;
  commercialWeight: number;
}

/** The defaults of DESIGN §2 (version 1 of the scoring model). */
export const DEFAULT_MODEL: ScoringWeights & { windowDays: number } = {
  levels: { MINIMAL: 0.25, LOW: 0.5, MEDIUM: 1, HIGH: 2, MASSIVE: 3 },
  gapWeight: 1,
  minResponses: 30,
  windowDays: 90,
  commercialWeight: 0.5,
};

/** What the score needs to know of a stage: its design and its responses in the window. */
export interface StageInputs {
  importance: number;
  reach: number;
  /** The stage's target, else its journey's; null: none. */
  target: number | null;
  counts: NpsCounts;
}

export interface GapFactor {
  actualNps: number | null;
  marginOfError: number | null;
  responses: number;
  gapFactor: number;
  /** Why G is 1 (or why a shortfall does not count); null when the shortfall beyond the margin counts. */
  gapReason: string | null;
}

/**
 * G = 1 + gapWeight × max(0, T − A − MoE) / 100; 1 when there are fewer than minResponses
 * responses or no target. A stage that meets its target gets no bonus.
 */
export function gapFactor(stage: StageInputs, model: Pick<ScoringWeights, 'gapWeight' | 'minResponses'>): GapFactor {
  const { nps, marginOfError } = estimateNps(stage.counts);
  const responses = stage.counts.responses;
  const base = { actualNps: nps, marginOfError, responses };
  if (stage.target === null) return { ...base, gapFactor: 1, gapReason: 'no target' };
  if (responses < model.minResponses || nps === null || marginOfError === null) {
    return { ...base, gapFactor: 1, gapReason: `fewer than ${model.minResponses} responses (${responses})` };
  }
  const factor = 1 + (model.gapWeight * Math.max(0, stage.target - nps - marginOfError)) / 100;
  const reason = nps >= stage.target ? 'meets its target' : stage.target - nps - marginOfError <= 0 ? 'shortfall within the margin of error' : null;
  return { ...base, gapFactor: factor, gapReason: reason };
}

/** W = I × R × G. */
export const stageWeight = (stage: StageInputs, gap: number): number => stage.importance * stage.reach * gap;

/** B = 1 + commercialWeight × (commercialValue − 3) / 2. */
export const businessFactor = (commercialValue: number, commercialWeight: number): number => 1 + (commercialWeight * (commercialValue - 3)) / 2;

export interface ScoredImpact {
  stageId: string;
  level: LevelName;
  stage: StageInputs;
}

export interface ScoreTermValues extends GapFactor {
  stageId: string;
  level: LevelName;
  levelValue: number;
  importance: number;
  reach: number;
  target: number | null;
  stageWeight: number;
  contribution: number;
}

export interface ScoreValues {
  terms: ScoreTermValues[];
  journeyImpact: number;
  businessFactor: number;
  commercialValue: number;
  confidence: number;
  effort: number;
  priorityScore: number;
}

/** J = Σ level × W over the impacts; P = J × confidence × B / effort. */
export function score(
  impacts: readonly ScoredImpact[],
  initiative: { effort: number; confidence: number; commercialValue: number },
  model: ScoringWeights,
): ScoreValues {
  const terms = impacts.map(impact => {
    const gap = gapFactor(impact.stage, model);
    const levelValue = model.levels[impact.level];
    const weight = stageWeight(impact.stage, gap.gapFactor);
    return {
      ...gap,
      stageId: impact.stageId,
      level: impact.level,
      levelValue,
      importance: impact.stage.importance,
      reach: impact.stage.reach,
      target: impact.stage.target,
      stageWeight: weight,
      contribution: levelValue * weight,
    };
  });
  const journeyImpact = terms.reduce((sum, term) => sum + term.contribution, 0);
  const b = businessFactor(initiative.commercialValue, model.commercialWeight);
  return {
    terms,
    journeyImpact,
    businessFactor: b,
    commercialValue: initiative.commercialValue,
    confidence: initiative.confidence,
    effort: initiative.effort,
    priorityScore: ((journeyImpact * initiative.confidence) * b) / initiative.effort,
  };
}
