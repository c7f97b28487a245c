import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography, useTheme } from '@mui/material';
import { Bar, BarChart, CartesianGrid, Cell, ErrorBar, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useFormat } from '../common/useFormat';
import { useWording } from '../i18n/useWording';
import { isGreyed, NpsStatusText } from './NpsStatus';
import type { NpsSummaryRow } from './types';
import { axisTicks, formatMargin, formatNps, formatTarget, npsStatus, valueDomain } from './values';

const BAR_ROW_HEIGHT = 34;
const AXIS_HEIGHT = 30;

/**
 * NPS per channel or per segment: bars with their margin of error as whiskers (grey where there
 * are too few responses), then the numbers, grouped `by` channel or segment.
 */
export const NpsBreakdown = ({ rows, by, target }: { rows: NpsSummaryRow[]; by: 'channel' | 'segment'; target: number | null }) => {
  const { palette, typography } = useTheme();
  const wording = useWording();
  const { translate, locale } = wording;
  const format = useFormat();
  const title = translate(`regie.nps.journey.per_${by}`);
  const tick = { fontSize: 12, fontFamily: typography.fontFamily, fill: palette.text.secondary };
  const plotted = rows.filter(row => row.nps !== null);
  const domain = valueDomain([0, target, ...plotted.flatMap(row => [row.intervalLow, row.intervalHigh])]);
  return (
    <>
      <Box role="figure" aria-label={title} data-testid={`nps-by-${by}-chart`}>
        <ResponsiveContainer width="100%" height={plotted.length * BAR_ROW_HEIGHT + AXIS_HEIGHT}>
          <BarChart data={plotted} layout="vertical" margin={{ top: 4, right: 16, bottom: 0, left: 8 }}>
            <CartesianGrid horizontal={false} stroke={palette.divider} />
            <XAxis type="number" domain={domain} ticks={axisTicks(domain)} tick={tick} stroke={palette.divider} tickFormatter={value => formatTarget(Number(value), locale)} />
            <YAxis type="category" dataKey="label" width={110} tick={tick} stroke={palette.divider} />
            <ReferenceLine x={0} stroke={palette.text.secondary} />
            {target !== null && <ReferenceLine x={target} stroke={palette.success.main} strokeDasharray="6 4" strokeWidth={2} />}
            <Bar dataKey="nps" barSize={16} isAnimationActive={false}>
              {plotted.map(row => (
                <Cell key={row.key} fill={row.insufficient ? palette.action.disabled : palette.primary.main} />
              ))}
              <ErrorBar dataKey="marginOfError" direction="x" width={6} stroke={palette.text.primary} isAnimationActive={false} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
        <Typography variant="caption" color="text.secondary" component="p" sx={{ textAlign: 'center' }}>
          {translate('regie.nps.breakdown.whiskers')}
          {target !== null && translate('regie.nps.breakdown.whiskers_target', { target: formatTarget(target, locale) })}
        </Typography>
      </Box>
      <Table size="small" aria-label={title} data-testid={`nps-by-${by}`} sx={{ mt: 1 }}>
        <TableHead>
          <TableRow>
            <TableCell>{translate(`regie.nps.columns.${by}`)}</TableCell>
            <TableCell align="right">{translate('regie.nps.columns.responses')}</TableCell>
            <TableCell align="right">{translate('regie.nps.columns.nps')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map(row => {
            const status = npsStatus(row, wording);
            const greyed = isGreyed(status.kind);
            return (
              <TableRow key={row.key} data-testid="nps-breakdown-row" data-status={status.kind}>
                <TableCell>{row.label}</TableCell>
                <TableCell align="right" sx={{ color: greyed ? 'text.disabled' : undefined }}>
                  {format.number(row.responses, 0)}
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap', color: greyed ? 'text.disabled' : undefined }}>
                  {formatNps(row.nps, locale)} <Box component="span" sx={{ fontSize: 12, opacity: 0.8 }}>{formatMargin(row.marginOfError, locale)}</Box>
                </TableCell>
                <TableCell align="right" sx={{ maxWidth: 150 }}>
                  {status.kind !== 'untargeted' && <NpsStatusText row={row} />}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </>
  );
};
