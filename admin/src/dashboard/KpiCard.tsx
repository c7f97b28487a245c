import { Box, Stack, Typography, useTheme } from '@mui/material';
import { Link } from 'react-router-dom';
import { Line, LineChart, ReferenceLine, ResponsiveContainer, YAxis } from 'recharts';
import { useCreatePath, useGetList, useTranslate, type RaRecord } from 'react-admin';
import { periodLabel, sortByPeriod } from '../common/periodOrder';
import { QuerySection } from '../common/QuerySection';
import { useFormat } from '../common/useFormat';
import type { KpiRecord } from '../kpis/types';
import { formatValue, meetsTarget } from '../kpis/values';
import type { SessionPerson } from '../session';
import { CardLink } from './CardLink';

interface Measured {
  id: string;
  period: string;
  value: number;
}

type KpiWithMeasurements = Omit<KpiRecord, 'measurements'> & { id: RaRecord['id']; measurements: Measured[] };

const FIELDS = ['id', 'name', 'unit', 'direction', 'target', 'departmentId', { measurements: ['id', 'period', 'value'] }];

/** The last periods a KPI's small trend line shows. */
const TREND_PERIODS = 12;

/** The KPI's values over its last periods, with its target as a dashed line: a picture beside the number. */
const Trend = ({ kpi, measurements }: { kpi: KpiWithMeasurements; measurements: Measured[] }) => {
  const { palette } = useTheme();
  const translate = useTranslate();
  if (measurements.length < 2) return null;
  const values = [...measurements.map(m => m.value), ...(kpi.target == null ? [] : [kpi.target])];
  return (
    <Box sx={{ width: 110, height: 36, flexShrink: 0 }} role="img" aria-label={translate('regie.dashboard.kpis.trend', { kpi: kpi.name, smart_count: measurements.length })}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={measurements} margin={{ top: 4, right: 2, bottom: 4, left: 2 }}>
          <YAxis hide domain={[Math.min(...values), Math.max(...values)]} />
          {kpi.target != null && <ReferenceLine y={kpi.target} stroke={palette.success.main} strokeDasharray="3 3" />}
          <Line dataKey="value" stroke={palette.primary.main} strokeWidth={1.5} dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </Box>
  );
};

/**
 * A lead's department's KPIs: each one's latest measurement (latest by period, not by text)
 * against its target, in its direction, said in words and repeated in colour, with its trend.
 */
export const KpiCard = ({ department }: { department: NonNullable<SessionPerson['department']> }) => {
  const translate = useTranslate();
  const format = useFormat();
  const createPath = useCreatePath();
  const kpis = useGetList<KpiWithMeasurements>('Kpi', {
    filter: { departmentId: department.id },
    sort: { field: 'name', order: 'ASC' },
    pagination: { page: 1, perPage: 100 },
    meta: { sparseFields: FIELDS },
  });
  const withUnit = (value: number | null | undefined, unit: string) => formatValue(value, unit, format.tag);
  const listPath = `/Kpi?filter=${encodeURIComponent(JSON.stringify({ departmentId: department.id }))}`;
  return (
    <QuerySection
      title={translate('regie.dashboard.kpis.title')}
      actions={<CardLink to={listPath} label={translate('regie.dashboard.kpis.link')} />}
      query={kpis}
      empty={translate('regie.dashboard.kpis.empty')}
      loadingHeight={220}
      testId="dashboard-kpis"
    >
      {rows => (
        <Stack component="ul" sx={{ listStyle: 'none', p: 0, m: 0, '& > li + li': { borderTop: 1, borderColor: 'divider' } }}>
          {rows.map(kpi => {
            const measurements = sortByPeriod(kpi.measurements ?? []);
            const latest = measurements.at(-1);
            const onTarget = latest ? meetsTarget(latest.value, kpi.target, kpi.direction) : undefined;
            const verdict =
              !latest ? translate('regie.dashboard.kpis.no_measurement')
              : onTarget === undefined ? translate('regie.dashboard.kpis.no_target')
              : onTarget ? translate('regie.dashboard.kpis.on_target')
              : translate('regie.dashboard.kpis.off_target', { difference: withUnit(Math.abs(latest.value - (kpi.target ?? 0)), kpi.unit) });
            const arrow = kpi.direction === 'HIGHER_IS_BETTER' ? '≥' : '≤';
            return (
              <Box component="li" key={kpi.id} sx={{ py: 1, display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }} data-testid="dashboard-kpi" data-kpi={kpi.name}>
                <Box sx={{ flex: '1 1 160px', minWidth: 0 }}>
                  <Typography variant="body2" component={Link} to={createPath({ resource: 'Kpi', id: kpi.id, type: 'show' })} sx={{ fontWeight: 500 }}>
                    {kpi.name}
                  </Typography>
                  <Typography variant="caption" component="div" color="text.secondary">
                    {kpi.target == null
                      ? translate('regie.dashboard.kpis.no_target')
                      : `${translate('regie.dashboard.kpis.target')} ${arrow} ${withUnit(kpi.target, kpi.unit)}`}{' '}
                    ({translate(kpi.direction === 'HIGHER_IS_BETTER' ? 'regie.dashboard.kpis.higher' : 'regie.dashboard.kpis.lower')})
                  </Typography>
                </Box>
                <Trend kpi={kpi} measurements={measurements.slice(-TREND_PERIODS)} />
                <Box sx={{ textAlign: 'right', minWidth: 120 }}>
                  <Typography variant="body2" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }} data-testid="dashboard-kpi-latest">
                    {latest ? withUnit(latest.value, kpi.unit) : '—'}
                    {latest && (
                      <Typography component="span" variant="caption" color="text.secondary">
                        {' '}
                        · {periodLabel(latest.period, format.tag)}
                      </Typography>
                    )}
                  </Typography>
                  <Typography
                    variant="caption"
                    component="div"
                    data-testid="dashboard-kpi-verdict"
                    data-on-target={onTarget === undefined ? undefined : String(onTarget)}
                    sx={{ fontWeight: 600, color: onTarget === undefined ? 'text.secondary' : onTarget ? 'success.dark' : 'error.main' }}
                  >
                    {onTarget === undefined ? verdict : `${onTarget ? '✓' : '✗'} ${verdict}`}
                  </Typography>
                </Box>
              </Box>
            );
          })}
        </Stack>
      )}
    </QuerySection>
  );
};
