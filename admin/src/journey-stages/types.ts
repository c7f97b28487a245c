import type { RaRecord } from 'react-admin';

export interface JourneyStageRecord extends RaRecord {
  journeyId: string;
  name: string;
  description?: string | null;
  position: number;
  importance: number;
  reach: number;
  targetNps?: number | null;
  channelIds: string[];
  version: number;
}
