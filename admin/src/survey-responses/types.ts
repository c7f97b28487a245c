import type { RaRecord } from 'react-admin';

export interface SurveyResponseRecord extends RaRecord {
  score: number;
  journeyId: string;
  stageId?: string | null;
  channelId?: string | null;
  segmentId?: string | null;
  respondedAt: string;
  comment?: string | null;
  source: string;
  externalId: string;
  respondentKey?: string | null;
  createdAt: string;
}
