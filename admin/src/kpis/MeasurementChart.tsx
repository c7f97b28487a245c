import { Box, Paper, Stack, Typography, useTheme } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis, type DotItemDotProps, type TooltipContentProps } from 'recharts';
import { periodLabel, sortByPeriod } from '../common/periodOrder';
import { useIntlLocale } from '../i18n/useWording';
import type { KpiMeasurementRecord, KpiRecord } from './types';
import { niceTicks } from './axis';
import { formatValue, meetsTarget } from './values';

const HEIGHT = 240;

/** A measurement as the chart plots it: its period in words, and whether it met the target. */
interface Point {
  id: string;
  period: string;
  label: string;
  value: number;
  onTarget: boolean | undefined;
}

const LegendItem = ({ swatch, children }: { swatch: ReactNode; children: ReactNode }) => (
  <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
    {swatch}
    <Typography variant="caption">{children}</Typography>
  </Stack>
);

/**
 * The KPI's measurements over time, in period order (a quarter at its first month, after the month
 * that starts it: never as text), with its target as a dashed line. Each point says in its
 * tooltip whether it met the target in the KPI's direction; its colour and fill repeat it.
 */
export const MeasurementChart = ({ kpi, measurements }: { kpi: KpiRecord; measurements: KpiMeasurementRecord[] }) => {
  const { palette, typography } = useTheme();
  const translate = useTranslate();
  const locale = useIntlLocale();
  if (measurements.length < 2) return null;

  const target = kpi.target ?? undefined;
  const points: Point[] = sortByPeriod(measurements).map(m => ({
    id: String(m.id),
    period: m.period,
    label: periodLabel(m.period, locale),
    value: m.value,
    onTarget: meetsTarget(m.value, target, kpi.direction),
  }));
  const ticks = niceTicks([...points.map(point => point.value), ...(target === undefined ? [] : [target])]);
  const tick = { fontSize: 12, fontFamily: typography.fontFamily, fill: palette.text.secondary };
  const verdict = (onTarget: boolean | undefined) =>
    translate(onTarget === undefined ? 'regie.kpi_chart.no_target' : onTarget ? 'regie.kpi_chart.on_target' : 'regie.kpi_chart.off_target');
  const colourOf = (onTarget: boolean | undefined) => (onTarget === undefined ? palette.primary.main : onTarget ? palette.success.main : palette.error.main);

  const dot = ({ cx, cy, index, payload }: DotItemDotProps) => {
    const point = payload as Point;
    if (cx == null || cy == null) return <g key={index} />;
    const colour = colourOf(point.onTarget);
    // Off target: a hollow point, so that the difference does not rest on colour alone.
    return (
      <circle
        key={index}
        cx={cx}
        cy={cy}
        r={4.5}
        strokeWidth={2}
        stroke={colour}
        fill={point.onTarget === false ? palette.background.paper : colour}
        data-testid="measurement-point"
        data-period={point.period}
        data-on-target={point.onTarget === undefined ? undefined : String(point.onTarget)}
      >
        <title>{`${point.label}: ${formatValue(point.value, kpi.unit, locale)} · ${verdict(point.onTarget)}`}</title>
      </circle>
    );
  };

  const PointTooltip = ({ active, payload }: TooltipContentProps) => {
    const point = payload?.[0]?.payload as Point | undefined;
    if (!active || !point) return null;
    return (
      <Paper elevation={3} sx={{ px: 1.5, py: 1 }}>
        <Typography variant="subtitle2">{point.label}</Typography>
        <Typography variant="body2">{formatValue(point.value, kpi.unit, locale)}</Typography>
        <Typography variant="body2" sx={{ color: colourOf(point.onTarget), fontWeight: 500 }}>
          {verdict(point.onTarget)}
          {target !== undefined && ` (${translate('regie.kpis.chart_target', { target: formatValue(target, kpi.unit, locale) })})`}
        </Typography>
      </Paper>
    );
  };

  return (
    <Box role="figure" aria-label={translate('regie.kpis.chart', { kpi: kpi.name })} data-testid="measurement-chart" sx={{ maxWidth: 760 }}>
      <ResponsiveContainer width="100%" height={HEIGHT}>
        <LineChart data={points} margin={{ top: 12, right: target === undefined ? 16 : 88, bottom: 4, left: 0 }}>
          <CartesianGrid vertical={false} stroke={palette.divider} />
          <XAxis dataKey="label" tick={tick} stroke={palette.divider} interval="preserveStartEnd" minTickGap={16} />
          <YAxis domain={[ticks[0], ticks.at(-1)!]} ticks={ticks} tick={tick} stroke={palette.divider} width={72} tickFormatter={value => formatValue(Number(value), kpi.unit, locale)} />
          <Tooltip content={PointTooltip} />
          {target !== undefined && (
            <ReferenceLine
              y={target}
              stroke={palette.success.main}
              strokeDasharray="6 4"
              strokeWidth={2}
              label={{ value: translate('regie.kpis.chart_target', { target: formatValue(target, kpi.unit, locale) }), position: 'right', fill: palette.success.main, fontSize: 12 }}
            />
          )}
          <Line dataKey="value" name={translate('regie.kpi_chart.value')} stroke={palette.primary.main} strokeWidth={2} dot={dot} activeDot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
      <Stack direction="row" spacing={3} useFlexGap sx={{ flexWrap: 'wrap', mt: 1, color: 'text.secondary' }} data-testid="measurement-legend">
        <LegendItem swatch={<Box sx={{ width: 18, height: 3, bgcolor: 'primary.main' }} />}>{translate('regie.kpi_chart.value')}</LegendItem>
        {target !== undefined && (
          <>
            <LegendItem swatch={<Box sx={{ width: 18, borderTop: `2px dashed ${palette.success.main}` }} />}>{translate('regie.kpi_chart.target')}</LegendItem>
            <LegendItem swatch={<Box sx={{ width: 10, height: 10, borderRadius: '50%', bgcolor: 'success.main' }} />}>{translate('regie.kpi_chart.on_target')}</LegendItem>
            <LegendItem swatch={<Box sx={{ width: 10, height: 10, borderRadius: '50%', border: `2px solid ${palette.error.main}` }} />}>{translate('regie.kpi_chart.off_target')}</LegendItem>
          </>
        )}
      </Stack>
    </Box>
  );
};
