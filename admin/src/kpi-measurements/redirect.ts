import type { RaRecord } from 'react-admin';

/** After saving a measurement, its KPI's page, where it shows in the table and the chart. */
export const toKpiPage = (_resource?: string, _id?: RaRecord['id'], data?: Partial<RaRecord>) => (data?.kpiId ? `/Kpi/${data.kpiId}/show` : '/KpiMeasurement');
