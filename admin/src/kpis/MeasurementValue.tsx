import { Typography } from '@mui/material';
import type { KpiMeasurementRecord, KpiRecord } from './types';
import { useTranslate } from 'react-admin';
import { useIntlLocale } from '../i18n/useWording';
import { formatValue, meetsTarget } from './values';

/** A measured value with the KPI's unit, green when it meets the target and red when it does not. */
export const MeasurementValue = ({ kpi, measurement, showPeriod = false }: { kpi: KpiRecord; measurement: KpiMeasurementRecord; showPeriod?: boolean }) => {
  const translate = useTranslate();
  const locale = useIntlLocale();
  const onTarget = meetsTarget(measurement.value, kpi.target, kpi.direction);
  const title = onTarget === undefined ? undefined : translate(onTarget ? 'regie.kpis.on_target' : 'regie.kpis.off_target');
  return (
    <Typography variant="body2" component="span" title={title} sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
      <Typography component="span" variant="body2" sx={{ fontWeight: 500, color: onTarget === undefined ? 'text.primary' : onTarget ? 'success.main' : 'error.main' }}>
        {formatValue(measurement.value, kpi.unit, locale)}
      </Typography>
      {showPeriod && (
        <Typography component="span" variant="body2" color="text.secondary">
          {` · ${measurement.period}`}
        </Typography>
      )}
    </Typography>
  );
};
