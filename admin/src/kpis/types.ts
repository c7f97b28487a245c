import type { RaRecord } from 'react-admin';
import type { KpiDirection } from './values';

export interface KpiRecord extends RaRecord {
  name: string;
  description?: string | null;
  departmentId: string;
  direction: KpiDirection;
  unit: string;
  target?: number | null;
  stageIds: string[];
  /** Ids only, ordered by period (ra-data-graphql-simple reads referenced records as their ids). */
  measurements?: { id: string }[];
  version: number;
}

export interface KpiMeasurementRecord extends RaRecord {
  kpiId: string;
  /** Its KPI's department: whose lead may edit it. */
  departmentId?: string;
  period: string;
  value: number;
  note?: string | null;
  version: number;
}
