import { Box, Stack, Typography } from '@mui/material';
import { CreateButton, DataTable, EditButton, ReferenceManyField, useCanAccess, useListContext, useRecordContext, useTranslate } from 'react-admin';
import { MeasurementChart } from './MeasurementChart';
import { MeasurementValue } from './MeasurementValue';
import type { KpiMeasurementRecord, KpiRecord } from './types';

const BY_PERIOD = { field: 'period', order: 'ASC' } as const;

const ValueOf = ({ kpi }: { kpi: KpiRecord; label?: string }) => {
  const measurement = useRecordContext<KpiMeasurementRecord>();
  return measurement ? <MeasurementValue kpi={kpi} measurement={measurement} /> : null;
};

/**
 * The chart, then the table by period; the note column only when there are notes. The edit
 * column only for whom may edit this KPI's measurements: with the KPI as the record, a lead's
 * own department's (a measurement carries its KPI's department).
 */
const MeasurementsOfKpi = ({ kpi }: { kpi: KpiRecord }) => {
  const { data } = useListContext<KpiMeasurementRecord>();
  const { canAccess: canEdit } = useCanAccess({ action: 'edit', resource: 'KpiMeasurement', record: kpi });
  if (!data) return null;
  const hasNotes = data.some(measurement => measurement.note);
  return (
    <>
      <MeasurementChart kpi={kpi} measurements={data} />
      <DataTable bulkActionButtons={false} rowClick={false} sx={{ maxWidth: hasNotes ? 720 : 480, mt: 1 }} data-testid="kpi-measurements">
        <DataTable.Col source="period" disableSort />
        <DataTable.Col source="value" align="right" disableSort>
          <ValueOf kpi={kpi} />
        </DataTable.Col>
        {hasNotes && <DataTable.Col source="note" disableSort />}
        {canEdit && (
          <DataTable.Col label="" disableSort align="right">
            <EditButton />
          </DataTable.Col>
        )}
      </DataTable>
    </>
  );
};

/** The KPI page's measurements: a chart over time and the table by period; the regie team and the department's lead add and edit them. */
export const KpiMeasurements = () => {
  const kpi = useRecordContext<KpiRecord>();
  const translate = useTranslate();
  const { canAccess: canAdd } = useCanAccess({ action: 'create', resource: 'KpiMeasurement', record: kpi, enabled: !!kpi });
  if (!kpi) return null;
  return (
    <Box sx={{ px: 2, pb: 2 }}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mt: 1, mb: 1 }}>
        <Typography variant="h6" component="h2">
          {translate('regie.kpis.measurements')}
        </Typography>
        {canAdd && <CreateButton resource="KpiMeasurement" label="regie.kpis.add_measurement" state={{ record: { kpiId: kpi.id } }} />}
      </Stack>
      <ReferenceManyField<KpiRecord, KpiMeasurementRecord>
        reference="KpiMeasurement"
        target="kpiId"
        sort={BY_PERIOD}
        perPage={1000}
        empty={<Typography variant="body2" color="text.secondary">{translate('regie.kpis.no_measurements')}</Typography>}
      >
        <MeasurementsOfKpi kpi={kpi} />
      </ReferenceManyField>
    </Box>
  );
};
