import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography, useTheme } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer, Tooltip } from 'recharts';
import { useFormat } from '../common/useFormat';
import { pillarKey } from '../initiatives/choices';
import { PILLARS, scoreOf } from './latest';
import type { MaturityAssessmentRecord } from './types';

/** A label in lines of at most `width` characters, so that long pillar names fit beside the radar on a phone. */
function lines(text: string, width = 11): string[] {
  const result: string[] = [];
  for (const word of text.split(' ')) {
    const last = result.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) result[result.length - 1] = `${last} ${word}`;
    else result.push(word);
  }
  return result;
}

interface AngleTickProps {
  x?: number | string;
  y?: number | string;
  cx?: number;
  textAnchor?: 'inherit' | 'start' | 'end' | 'middle';
  payload?: { value?: unknown };
}

/**
 * The four pillars of one department as a radar, its latest assessment over the one before
 * (dashed); below it, the scores and their change in numbers and words.
 */
export const PillarRadar = ({ latest, previous }: { latest: MaturityAssessmentRecord; previous?: MaturityAssessmentRecord }) => {
  const translate = useTranslate();
  const format = useFormat();
  const { palette, typography } = useTheme();
  const latestName = translate('regie.maturity.radar.latest', { date: format.date(latest.assessedAt) });
  const previousName = previous ? translate('regie.maturity.radar.previous', { date: format.date(previous.assessedAt) }) : '';
  const data = PILLARS.map(pillar => ({ pillar: translate(pillarKey(pillar)), latest: scoreOf(latest, pillar) ?? 0, previous: scoreOf(previous, pillar) }));
  const scoresInWords = data.map(row => `${row.pillar} ${format.number(row.latest, 2)}`).join(', ');
  const tick = { fontSize: 12, fontFamily: typography.fontFamily, fill: palette.text.secondary };
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'minmax(0, 3fr) minmax(0, 2fr)' }, alignItems: 'center' }}>
      <Box role="figure" aria-label={translate('regie.maturity.radar.aria', { department: latest.department.name, scores: scoresInWords })} data-testid="maturity-radar" data-department={latest.department.code}>
        <ResponsiveContainer width="100%" height={320}>
          <RadarChart data={data} outerRadius="62%" margin={{ top: 8, right: 24, bottom: 8, left: 24 }}>
            <PolarGrid stroke={palette.divider} />
            <PolarAngleAxis
              dataKey="pillar"
              tick={({ x, y, textAnchor, payload }: AngleTickProps) => {
                const words = lines(String(payload?.value ?? ''));
                const top = Number(y) - ((words.length - 1) * 14) / 2;
                return (
                  <text x={x} y={top} textAnchor={textAnchor} fontSize={12} fontFamily={typography.fontFamily} fill={palette.text.primary} dominantBaseline="central">
                    {words.map((word, i) => (
                      <tspan key={i} x={x} dy={i === 0 ? 0 : 14}>
                        {word}
                      </tspan>
                    ))}
                  </text>
                );
              }}
            />
            <PolarRadiusAxis domain={[0, 5]} ticks={[1, 2, 3, 4, 5] as never} angle={45} tick={{ ...tick, fontSize: 10 }} axisLine={false} tickCount={6} />
            {previous && (
              <Radar name={previousName} dataKey="previous" stroke={palette.text.secondary} strokeDasharray="5 4" fill={palette.text.secondary} fillOpacity={0.08} isAnimationActive={false} />
            )}
            <Radar name={latestName} dataKey="latest" stroke={palette.primary.main} strokeWidth={2} fill={palette.primary.main} fillOpacity={0.25} isAnimationActive={false} dot />
            <Tooltip formatter={value => format.number(Number(value), 2)} />
            <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
          </RadarChart>
        </ResponsiveContainer>
      </Box>
      <Box>
      {!previous && (
        <Typography variant="body2" color="text.secondary">
          {translate('regie.maturity.radar.no_previous')}
        </Typography>
      )}
      <Table size="small" aria-label={latestName} sx={{ '& .MuiTableCell-root': { px: 1 } }}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('regie.maturity.pillars.pillar')}</TableCell>
            <TableCell align="right">
              {translate('regie.maturity.radar.latest_short')}
              <Typography variant="caption" component="div" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
                {format.date(latest.assessedAt)}
              </Typography>
            </TableCell>
            {previous && (
              <TableCell align="right">
                {translate('regie.maturity.radar.previous_short')}
                <Typography variant="caption" component="div" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
                  {format.date(previous.assessedAt)}
                </Typography>
              </TableCell>
            )}
            {previous && <TableCell align="right">{translate('regie.maturity.radar.change')}</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {data.map(row => {
            const change = row.previous === undefined ? undefined : Math.round((row.latest - row.previous) * 100) / 100;
            return (
              <TableRow key={row.pillar} data-testid="maturity-pillar-score">
                <TableCell>{row.pillar}</TableCell>
                <TableCell align="right" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>
                  {format.number(row.latest, 2)}
                </TableCell>
                {previous && (
                  <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                    {format.number(row.previous, 2)}
                  </TableCell>
                )}
                {previous && (
                  <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', color: !change ? 'text.secondary' : change > 0 ? 'success.dark' : 'error.main' }}>
                    {change === undefined ? '—' : change > 0 ? `▲ +${format.number(change, 2)}` : change < 0 ? `▼ ${format.number(change, 2)}` : `= 0`}
                  </TableCell>
                )}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      </Box>
    </Box>
  );
};
