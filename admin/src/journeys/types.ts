import type { RaRecord } from 'react-admin';

export interface JourneyRecord extends RaRecord {
  name: string;
  description?: string | null;
  ownerId?: string | null;
  segmentIds: string[];
  stageIds: string[];
  targetNps?: number | null;
  targetDate?: string | null;
  version: number;
}
