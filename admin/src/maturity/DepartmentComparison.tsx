import { Box, Table, TableBody, TableCell, TableHead, TableRow, useTheme } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useFormat } from '../common/useFormat';
import { pillarKey } from '../initiatives/choices';
import { PILLARS, scoreOf } from './latest';
import type { MaturityAssessmentRecord, Pillar } from './types';

/** One colour per pillar, told apart also by the legend's words and the table below. */
export const PILLAR_COLOURS: Record<Pillar, string> = {
  JOURNEY_INSIGHT: '#1565c0',
  OMNICHANNEL: '#00897b',
  VISION_AND_WAYS_OF_WORKING: '#8e24aa',
  GOVERNANCE_AND_KPIS: '#ef6c00',
};

/** The latest assessment of every department side by side: a bar per pillar, grouped by department; the numbers below. */
export const DepartmentComparison = ({ latest }: { latest: MaturityAssessmentRecord[] }) => {
  const translate = useTranslate();
  const format = useFormat();
  const { palette, typography } = useTheme();
  const rows = [...latest].sort((a, b) => a.department.name.localeCompare(b.department.name));
  const data = rows.map(assessment => ({
    department: assessment.department.code,
    name: assessment.department.name,
    ...Object.fromEntries(PILLARS.map(pillar => [pillar, scoreOf(assessment, pillar)])),
  }));
  const tick = { fontSize: 12, fontFamily: typography.fontFamily, fill: palette.text.secondary };
  return (
    <>
      <Box role="figure" aria-label={translate('regie.maturity.comparison.aria')} data-testid="maturity-comparison">
        <ResponsiveContainer width="100%" height={300}>
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 4, left: -16 }} barGap={1} barCategoryGap="18%">
            <CartesianGrid vertical={false} stroke={palette.divider} />
            <XAxis dataKey="department" tick={tick} stroke={palette.divider} />
            <YAxis domain={[0, 5]} ticks={[0, 1, 2, 3, 4, 5]} tick={tick} stroke={palette.divider} />
            <Tooltip formatter={value => format.number(Number(value), 2)} labelFormatter={code => data.find(row => row.department === code)?.name ?? String(code)} />
            <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
            {PILLARS.map(pillar => (
              <Bar key={pillar} dataKey={pillar} name={translate(pillarKey(pillar))} fill={PILLAR_COLOURS[pillar]} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </Box>
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-label={translate('regie.maturity.comparison.title')} sx={{ '& .MuiTableCell-root': { px: 1 } }}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('regie.maturity.comparison.department')}</TableCell>
              {PILLARS.map(pillar => (
                <TableCell key={pillar} align="right">
                  {translate(pillarKey(pillar))}
                </TableCell>
              ))}
              <TableCell align="right">{translate('resources.MaturityAssessment.fields.overall')}</TableCell>
              <TableCell align="right">{translate('regie.maturity.comparison.assessed')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map(assessment => (
              <TableRow key={assessment.id} data-testid="maturity-comparison-row" data-department={assessment.department.code}>
                <TableCell>{assessment.department.name}</TableCell>
                {PILLARS.map(pillar => (
                  <TableCell key={pillar} align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                    {format.number(scoreOf(assessment, pillar), 2)}
                  </TableCell>
                ))}
                <TableCell align="right" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>
                  {format.number(assessment.overall, 2)}
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {format.date(assessment.assessedAt)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    </>
  );
};
