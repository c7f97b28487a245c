import type { RaRecord } from 'react-admin';

export type Pillar = 'JOURNEY_INSIGHT' | 'OMNICHANNEL' | 'VISION_AND_WAYS_OF_WORKING' | 'GOVERNANCE_AND_KPIS';

/** A statement of the questionnaire; the admin shows it in the reader's language by its key. */
export interface MaturityStatement {
  key: string;
  pillar: Pillar;
  /** In English: the fallback when no translation has the key. */
  text: string;
}

export interface PillarScore {
  pillar: Pillar;
  score: number;
}

/** A department's CX maturity at a day (DESIGN §1): each pillar the mean of its three answers, 1–5. */
export interface MaturityAssessmentRecord extends RaRecord {
  departmentId: string;
  department: { id: string; name: string; code: string };
  /** YYYY-MM-DD. */
  assessedAt: string;
  answers?: { statement: string; score: number }[];
  scores: PillarScore[];
  overall: number;
  assessedByName?: string;
  createdAt?: string;
}
