import type { RaRecord } from 'react-admin';
import type { ScoreBreakdown } from '../scoring/types';
import type { Status } from './workflow';

/** An initiative as the page reads it (see fields.ts). */
export interface InitiativeRecord extends RaRecord {
  title: string;
  description?: string;
  status: Status;
  pillar: string;
  effort: number;
  confidence: number;
  commercialValue: number;
  targetQuarter?: string;
  pinnedRank?: number;
  pinReason?: string;
  departmentId: string;
  department: { id: string; name: string; code: string };
  ownerId?: string;
  owner?: { id: string; name: string };
  contributingDepartments?: { id: string; name: string; code: string }[];
  impacts?: ImpactRecord[];
  decisions?: DecisionEntry[];
  /** P and J now, with the active scoring model (the page and the list read them). */
  priorityScore?: number;
  journeyImpact?: number;
  scoreBreakdown?: ScoreBreakdown;
  version: number;
}

export interface ImpactRecord {
  id: string;
  stageId: string;
  level: string;
  levelValue: number;
  rationale?: string;
  stage: { id: string; name: string; position: number; journeyId: string; journey: { id: string; name: string } };
}

export interface DecisionEntry {
  id: string;
  action: string;
  fromValue?: string;
  toValue?: string;
  reason?: string;
  actorName: string;
  /** The person's email at that moment; null for an API token. */
  actorEmail?: string | null;
  at: string;
  /** The initiative's score and the scoring-model version at that moment; null before scores were kept. */
  priorityScore?: number | null;
  modelVersion?: number | null;
}
