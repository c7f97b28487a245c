import { alpha, Box, Paper, Stack, Typography, useTheme } from '@mui/material';
import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis, type DotItemDotProps, type TooltipContentProps } from 'recharts';
import type { ReactNode } from 'react';
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

const describe = (row: NpsSummaryRow) =>
  row.responses === 0
    ? `${monthLabel(row.key)}: no responses`
    : `${monthLabel(row.key)}: NPS ${formatNpsWithMargin(row)}, ${row.responses.toLocaleString()} responses${row.insufficient ? ' (too few to judge)' : ''}`;

const TrendTooltip = ({ active, payload }: TooltipContentProps) => {
  const row = payload?.[0]?.payload as Point | undefined;
  if (!active || !row) return null;
  return (
    <Paper elevation={3} sx={{ px: 1.5, py: 1 }}>
      <Typography variant="subtitle2">{monthLabel(row.key)}</Typography>
      {row.responses === 0 ? (
        <Typography variant="body2">No responses</Typography>
      ) : (
        <>
          <Typography variant="body2">NPS {formatNpsWithMargin(row)}</Typography>
          <Typography variant="body2" color="text.secondary">
            {row.responses.toLocaleString()} responses: {row.promoters.toLocaleString()} promoters, {row.detractors.toLocaleString()} detractors
          </Typography>
          {row.insufficient && (
            <Typography variant="body2" color="text.secondary">
              Too few responses to judge
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
        <title>{describe(row)}</title>
      </circle>
    );
  };
  return (
    <Box role="figure" aria-label="NPS per month" data-testid="nps-trend">
      <ResponsiveContainer width="100%" height={HEIGHT}>
        <ComposedChart data={points} margin={{ top: 12, right: 96, bottom: 4, left: 0 }}>
          <CartesianGrid vertical={false} stroke={palette.divider} />
          <XAxis dataKey="key" tickFormatter={key => monthLabel(String(key))} tick={tick} stroke={palette.divider} minTickGap={12} />
          <YAxis domain={domain} ticks={axisTicks(domain)} tick={tick} stroke={palette.divider} width={44} tickFormatter={value => formatTarget(Number(value))} />
          <Tooltip content={TrendTooltip} />
          <Area dataKey="interval" name="95% interval" stroke="none" fill={alpha(palette.primary.main, 0.15)} isAnimationActive={false} activeDot={false} />
          {target !== null && (
            <ReferenceLine
              y={target}
              stroke={palette.success.main}
              strokeDasharray="6 4"
              strokeWidth={2}
              label={{ value: `Target ${formatTarget(target)}`, position: 'right', fill: palette.success.main, fontSize: 12 }}
            />
          )}
          <Line dataKey="nps" name="NPS" stroke={palette.primary.main} strokeWidth={2} dot={dot} activeDot={false} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
      <Stack direction="row" spacing={3} useFlexGap sx={{ flexWrap: 'wrap', mt: 1, color: 'text.secondary' }}>
        <Legend swatch={<Box sx={{ width: 18, height: 3, bgcolor: 'primary.main' }} />}>NPS</Legend>
        <Legend swatch={<Box sx={{ width: 18, height: 12, bgcolor: alpha(palette.primary.main, 0.15) }} />}>95% margin of error</Legend>
        {target !== null && <Legend swatch={<Box sx={{ width: 18, borderTop: `2px dashed ${palette.success.main}` }} />}>Target</Legend>}
        <Legend swatch={<Box sx={{ width: 10, height: 10, borderRadius: '50%', border: `2px solid ${palette.text.disabled}` }} />}>Too few responses to judge</Legend>
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
