import { useGetManyAggregate, useRecordContext } from 'react-admin';
import { MeasurementValue } from './MeasurementValue';
import type { KpiMeasurementRecord, KpiRecord } from './types';

/**
 * The KPI's most recent value and its period. The KPI lists its measurements' ids by period; the
 * last one is fetched, in one request for all the rows of a list.
 */
export const LatestMeasurementField = (_props: { label?: string; source?: string }) => {
  const kpi = useRecordContext<KpiRecord>();
  const latestId = kpi?.measurements?.at(-1)?.id;
  const { data } = useGetManyAggregate<KpiMeasurementRecord>('KpiMeasurement', { ids: latestId ? [latestId] : [] }, { enabled: latestId !== undefined });
  const latest = data?.[0];
  if (!kpi || !latestId) return <>—</>;
  if (!latest) return null;
  return <MeasurementValue kpi={kpi} measurement={latest} showPeriod />;
};
