import type { Status } from '../initiatives/workflow';

interface Stage {
  id: string;
  name: string;
  journeyId: string;
  journey: { id: string; name: string };
}

/** A stage's numbers, as the score reads them (over the scoring model's window). */
export interface StageFigures {
  stage: Stage;
  importance: number;
  reach: number;
  actualNps: number | null;
  marginOfError: number | null;
  responses: number;
  target: number | null;
  /** target − NPS: positive is below target. */
  gap: number | null;
}

/** Open initiatives of two or more departments on one stage (DESIGN §2). */
export interface Overlap extends StageFigures {
  departments: { id: string; name: string; code: string }[];
  /** Highest score first. */
  initiatives: { id: string; title: string; status: Status; effort: number; priorityScore: number; department: { id: string; code: string } }[];
  combinedEffort: number;
}

/** An important stage below target beyond its margin that no open initiative touches. */
export type UncoveredMoment = StageFigures;

export interface SiloReport {
  overlaps: Overlap[];
  uncoveredMoments: UncoveredMoment[];
}
