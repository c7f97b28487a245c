import { Box, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { partOf, QuerySection } from '../common/QuerySection';
import { useFormat } from '../common/useFormat';
import { pillarKey } from '../initiatives/choices';
import { useRoadmap } from '../roadmap/useRoadmap';
import { CardLink } from '../dashboard/CardLink';
import { latestPerDepartment, weakestPillars } from './latest';
import { PILLAR_COLOURS } from './DepartmentComparison';
import { MATURITY_PATH } from './paths';
import { useAllAssessments } from './queries';

// The roadmap page's own unfiltered request (same key): the panel adds no request of its own there.
const ALL_OPEN = { quarter: '', departmentId: '', pillar: '', limit: 500 };

/** How many of the weakest pillars are marked as such. */
const WEAKEST = 2;

/**
 * The roadmap beside the organisation's maturity: per pillar, the mean of every department's
 * latest assessment (weakest first) and how many open initiatives build on it.
 */
export const RoadmapPillarPanel = () => {
  const translate = useTranslate();
  const format = useFormat();
  const roadmap = useRoadmap(ALL_OPEN);
  const assessments = useAllAssessments();
  const pending = roadmap.isPending || assessments.isPending;
  const error = roadmap.error ?? assessments.error;
  const rows =
    roadmap.data && assessments.data
      ? weakestPillars([...latestPerDepartment(assessments.data).values()].map(entry => entry.latest)).map(row => ({
          ...row,
          initiatives: roadmap.data.filter(entry => entry.initiative.pillar === row.pillar).length,
        }))
      : undefined;
  return (
    <QuerySection
      title={translate('regie.maturity.pillars.title')}
      subtitle={translate('regie.maturity.pillars.subtitle')}
      actions={<CardLink to={MATURITY_PATH} label={translate('regie.maturity.pillars.link')} />}
      query={partOf({ isPending: pending, isError: Boolean(error), error, data: rows }, data => data)}
      empty="—"
      loadingHeight={150}
      testId="roadmap-pillars"
    >
      {data => (
        <>
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small" aria-label={translate('regie.maturity.pillars.title')} sx={{ '& .MuiTableCell-root': { px: 1 } }}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('regie.maturity.pillars.pillar')}</TableCell>
                  <TableCell align="right">{translate('regie.maturity.pillars.maturity')}</TableCell>
                  <TableCell align="right">{translate('regie.maturity.pillars.initiatives')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {data.map((row, index) => {
                  const weak = row.mean !== undefined && index < WEAKEST;
                  return (
                    <TableRow key={row.pillar} data-testid="roadmap-pillar" data-pillar={row.pillar} data-weakest={weak}>
                      <TableCell>
                        <Box component="span" aria-hidden sx={{ display: 'inline-block', width: 10, height: 10, borderRadius: '2px', bgcolor: PILLAR_COLOURS[row.pillar], mr: 1 }} />
                        {translate(pillarKey(row.pillar))}
                        {weak && <Chip size="small" color="warning" variant="outlined" label={translate('regie.maturity.pillars.weakest')} sx={{ ml: 1, height: 20 }} />}
                      </TableCell>
                      <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }} data-testid="roadmap-pillar-maturity">
                        {row.mean === undefined ? translate('regie.maturity.pillars.no_maturity') : translate('regie.maturity.score', { score: format.number(row.mean, 2) })}
                      </TableCell>
                      <TableCell align="right" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }} data-testid="roadmap-pillar-initiatives">
                        {row.initiatives}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </Box>
          <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 1 }}>
            {translate('regie.maturity.pillars.hint')}
          </Typography>
        </>
      )}
    </QuerySection>
  );
};
