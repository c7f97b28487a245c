import type { RaRecord } from 'react-admin';

export type ImpactLevel = 'MINIMAL' | 'LOW' | 'MEDIUM' | 'HIGH' | 'MASSIVE';

/** One stage term of a score (DESIGN §2): its inputs, its gap factor with the reason, its contribution. */
export interface ScoreTerm {
  stageId: string;
  stageName: string;
  journeyId: string;
  journeyName: string;
  level: ImpactLevel;
  levelValue: number;
  /** I: 1 to 5. */
  importance: number;
  /** R: 0 to 1. */
  reach: number;
  /** A: the stage's NPS over the model's window; null without responses. */
  actualNps: number | null;
  marginOfError: number | null;
  responses: number;
  /** T: the stage's target, else its journey's. */
  target: number | null;
  /** G = 1 + gapWeight × max(0, T − A − MoE) / 100. */
  gapFactor: number;
  /** Why G is 1 or the shortfall does not count; null when the shortfall beyond the margin counts. */
  gapReason: string | null;
  /** W = I × R × G. */
  stageWeight: number;
  /** level × W. */
  contribution: number;
}

/** P = J × confidence × B / effort, with every term. */
export interface ScoreBreakdown {
  terms: ScoreTerm[];
  journeyImpact: number;
  businessFactor: number;
  commercialValue: number;
  confidence: number;
  effort: number;
  priorityScore: number;
  modelVersion: number;
}

export interface LevelValue {
  level: ImpactLevel;
  value: number;
}

/** What a scoring model version sets; a proposal may leave any of it out (it stays as it is). */
export interface ScoringModelValues {
  levels: LevelValue[];
  gapWeight: number;
  minResponses: number;
  windowDays: number;
  commercialWeight: number;
}

export interface ScoringModelRecord extends RaRecord, ScoringModelValues {
  version: number;
  active: boolean;
  reason: string;
  createdAt: string;
  createdByName?: string | null;
}

/** How one open initiative would move under a proposed model. */
export interface ModelPreviewRow {
  initiative: { id: string; title: string; status: string; department: { id: string; code: string } };
  rankBefore: number;
  rankAfter: number;
  scoreBefore: number;
  scoreAfter: number;
}

/** The unsaved inputs of an initiative form that the score depends on. */
export interface ScorePreviewInputs {
  impacts: { stageId: string; level: ImpactLevel }[];
  effort: number;
  confidence: number;
  commercialValue: number;
}
