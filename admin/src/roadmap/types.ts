import type { InitiativeRecord } from '../initiatives/record';
import type { ScoreBreakdown } from '../scoring/types';

/** The roadmap's filters; absent: not filtered. */
export interface RoadmapArgs {
  quarter?: string;
  departmentId?: string;
  pillar?: string;
  limit?: number;
}

export interface RoadmapInitiative extends InitiativeRecord {
  scoreBreakdown: ScoreBreakdown;
}

/** An open candidate with its rank across departments (filters do not renumber it). */
export interface RoadmapEntry {
  rank: number;
  pinned: boolean;
  priorityScore: number;
  journeyImpact: number;
  /** Its target quarter has passed while it is still open. */
  carriedOver: boolean;
  initiative: RoadmapInitiative;
}
