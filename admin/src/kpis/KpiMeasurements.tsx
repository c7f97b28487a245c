import { Box, Stack, Typography } from '@mui/material';
import { CreateButton, DataTable, EditButton, ReferenceManyField, useCanAccess, useListContext, useRecordContext } from 'react-admin';
import { MeasurementChart } from './MeasurementChart';
import { MeasurementValue } from './MeasurementValue';
import type { KpiMeasurementRecord, KpiRecord } from './types';

const BY_PERIOD = { field: 'period', order: 'ASC' } as const;

const ValueOf = ({ kpi }: { kpi: KpiRecord; label?: string }) => {
  const measurement = useRecordContext<KpiMeasurementRecord>();
  return measurement ? <MeasurementValue kpi={kpi} measurement={measurement} /> : null;
};

/** The chart, then the table by period; the note column only when there are notes. */
const MeasurementsOfKpi = ({ kpi }: { kpi: KpiRecord }) => {
  const { data } = useListContext<KpiMeasurementRecord>();
  const { canAccess: canEdit } = useCanAccess({ action: 'edit', resource: 'KpiMeasurement' });
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

/** The KPI page's measurements: a chart over time and the table by period; the regie team adds and edits them. */
export const KpiMeasurements = () => {
  const kpi = useRecordContext<KpiRecord>();
  if (!kpi) return null;
  return (
    <Box sx={{ px: 2, pb: 2 }}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mt: 1, mb: 1 }}>
        <Typography variant="h6" component="h2">
          Measurements
        </Typography>
        <CreateButton resource="KpiMeasurement" label="Add measurement" state={{ record: { kpiId: kpi.id } }} />
      </Stack>
      <ReferenceManyField<KpiRecord, KpiMeasurementRecord>
        reference="KpiMeasurement"
        target="kpiId"
        sort={BY_PERIOD}
        perPage={1000}
        empty={<Typography variant="body2" color="text.secondary">No measurements yet.</Typography>}
      >
        <MeasurementsOfKpi kpi={kpi} />
      </ReferenceManyField>
    </Box>
  );
};
