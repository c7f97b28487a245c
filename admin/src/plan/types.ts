import type { Status } from '../initiatives/workflow';

export interface PlanInitiative {
  id: string;
  title: string;
  status: Status;
  effort: number;
  targetQuarter?: string | null;
}

export interface PlannedInitiative {
  rank: number;
  initiative: PlanInitiative;
  /** Person-weeks of this and the planned ones before it. */
  cumulativeEffort: number;
  carriedOver: boolean;
}

export interface DeferredInitiative {
  rank: number;
  initiative: PlanInitiative;
  /** e.g. "over capacity by 3.5 person-weeks". */
  reason: string;
  carriedOver: boolean;
}

/** One department's part of a quarter plan. */
export interface DepartmentPlan {
  department: { id: string; name: string; code: string };
  /** Person-weeks for the quarter; null when none is set. */
  capacity: number | null;
  plannedEffort: number;
  remaining: number | null;
  planned: PlannedInitiative[];
  deferred: DeferredInitiative[];
}
