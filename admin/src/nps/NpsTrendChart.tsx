import { alpha, Box, Paper, Stack, Typography, useTheme } from '@mui/material';
import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis, type DotItemDotProps, type TooltipContentProps } from 'recharts';
import type { ReactNode } from 'react';
import { formatters } from '../common/format';
import type { Wording } from '../i18n/translation';
import { useWording } from '../i18n/useWording';
import type { NpsSummaryRow } from './types';
import { axisTicks, formatNpsWithMargin, formatTarget, monthLabel, valueDomain } from './values';

const HEIGHT = 300;

/** A row as the chart plots it: the interval as one [low, high] value, which Area draws as a band. */
interface Point extends NpsSummaryRow {
  interval: [number, number] | null;
}

const toPoint = (row: NpsSummaryRow): Point => ({
  ...row,
  interval: row.intervalLow === null || row.intervalHigh === null ? null : [row.intervalLow, row.intervalHigh],
});

const describe = (row: NpsSummaryRow, { translate, locale }: Wording) => {
  const month = monthLabel(row.key, locale);
  if (row.responses === 0) return translate('regie.nps.trend.point_empty', { month });
  const point = translate('regie.nps.trend.point', { month, nps: formatNpsWithMargin(row, locale), responses: formatters(locale).number(row.responses, 0) });
  return row.insufficient ? `${point}${translate('regie.nps.trend.point_too_few')}` : point;
};

const TrendTooltip = ({ active, payload, wording: { translate, locale } }: TooltipContentProps & { wording: Wording }) => {
  const row = payload?.[0]?.payload as Point | undefined;
  if (!active || !row) return null;
  const count = (value: number) => formatters(locale).number(value, 0);
  return (
    <Paper elevation={3} sx={{ px: 1.5, py: 1 }}>
      <Typography variant="subtitle2">{monthLabel(row.key, locale)}</Typography>
      {row.responses === 0 ? (
        <Typography variant="body2">{translate('regie.nps.trend.no_responses')}</Typography>
      ) : (
        <>
          <Typography variant="body2">{translate('regie.nps.trend.nps', { nps: formatNpsWithMargin(row, locale) })}</Typography>
          <Typography variant="body2" color="text.secondary">
            {translate('regie.nps.trend.split', { responses: count(row.responses), promoters: count(row.promoters), detractors: count(row.detractors) })}
          </Typography>
          {row.insufficient && (
            <Typography variant="body2" color="text.secondary">
              {translate('regie.nps.trend.too_few')}
            </Typography>
          )}
        </>
      )}
    </Paper>
  );
};

/**
 * NPS per month as a line, its 95 % margin of error as a shaded band, and the target as a dashed
 * line. A month with too few responses has a hollow point: shown, not to be trusted.
 */
export const NpsTrendChart = ({ rows, target }: { rows: NpsSummaryRow[]; target: number | null }) => {
  const { palette, typography } = useTheme();
  const wording = useWording();
  const { translate, locale } = wording;
  const points = rows.map(toPoint);
  const domain = valueDomain([...rows.flatMap(row => [row.intervalLow, row.intervalHigh, row.nps]), target]);
  const tick = { fontSize: 12, fontFamily: typography.fontFamily, fill: palette.text.secondary };
  const dot = ({ cx, cy, index, payload }: DotItemDotProps) => {
    const row = payload as Point;
    if (cx == null || cy == null || row.nps === null) return <g key={index} />;
    return (
      <circle
        key={index}
        cx={cx}
        cy={cy}
        r={4}
        strokeWidth={2}
        stroke={row.insufficient ? palette.text.disabled : palette.primary.main}
        fill={row.insufficient ? palette.background.paper : palette.primary.main}
        data-testid="nps-point"
        data-month={row.key}
        data-insufficient={row.insufficient}
      >
        <title>{describe(row, wording)}</title>
      </circle>
    );
  };
  return (
    <Box role="figure" aria-label={translate('regie.nps.journey.per_month')} data-testid="nps-trend">
      <ResponsiveContainer width="100%" height={HEIGHT}>
        <ComposedChart data={points} margin={{ top: 12, right: 96, bottom: 4, left: 0 }}>
          <CartesianGrid vertical={false} stroke={palette.divider} />
          <XAxis dataKey="key" tickFormatter={key => monthLabel(String(key), locale)} tick={tick} stroke={palette.divider} minTickGap={12} />
          <YAxis domain={domain} ticks={axisTicks(domain)} tick={tick} stroke={palette.divider} width={44} tickFormatter={value => formatTarget(Number(value), locale)} />
          <Tooltip content={props => <TrendTooltip {...props} wording={wording} />} />
          <Area dataKey="interval" name={translate('regie.nps.trend.interval')} stroke="none" fill={alpha(palette.primary.main, 0.15)} isAnimationActive={false} activeDot={false} />
          {target !== null && (
            <ReferenceLine
              y={target}
              stroke={palette.success.main}
              strokeDasharray="6 4"
              strokeWidth={2}
              label={{ value: translate('regie.nps.trend.target_line', { target: formatTarget(target, locale) }), position: 'right', fill: palette.success.main, fontSize: 12 }}
            />
          )}
          <Line dataKey="nps" name="NPS" stroke={palette.primary.main} strokeWidth={2} dot={dot} activeDot={false} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
      <Stack direction="row" spacing={3} useFlexGap sx={{ flexWrap: 'wrap', mt: 1, color: 'text.secondary' }}>
        <Legend swatch={<Box sx={{ width: 18, height: 3, bgcolor: 'primary.main' }} />}>NPS</Legend>
        <Legend swatch={<Box sx={{ width: 18, height: 12, bgcolor: alpha(palette.primary.main, 0.15) }} />}>{translate('regie.nps.trend.margin')}</Legend>
        {target !== null && <Legend swatch={<Box sx={{ width: 18, borderTop: `2px dashed ${palette.success.main}` }} />}>{translate('regie.nps.trend.target')}</Legend>}
        <Legend swatch={<Box sx={{ width: 10, height: 10, borderRadius: '50%', border: `2px solid ${palette.text.disabled}` }} />}>{translate('regie.nps.trend.too_few')}</Legend>
      </Stack>
    </Box>
  );
};

const Legend = ({ swatch, children }: { swatch: ReactNode; children: ReactNode }) => (
  <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
    {swatch}
    <Typography variant="caption">{children}</Typography>
  </Stack>
);
