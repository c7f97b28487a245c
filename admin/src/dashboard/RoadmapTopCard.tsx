import { Box, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useCreatePath, useTranslate } from 'react-admin';
import { QuerySection } from '../common/QuerySection';
import { StatusChip } from '../initiatives/StatusField';
import { PinnedBadge } from '../roadmap/PinnedBadge';
import { ROADMAP_PATH } from '../roadmap/paths';
import { useRoadmap } from '../roadmap/useRoadmap';
import { formatScore } from '../scoring/explain';
import { ScoreBar } from '../scoring/ScoreBar';
import { CardLink } from './CardLink';

/** How many of the roadmap's first ranks the dashboard shows. */
export const ROADMAP_TOP = 8;

const COMPACT = { '& .MuiTableCell-root': { px: 1 } } as const;

/** The first ranks of the one roadmap across departments; the roadmap page has the rest and the reasons. */
export const RoadmapTopCard = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const roadmap = useRoadmap({ limit: ROADMAP_TOP });
  const maxScore = Math.max(0, ...(roadmap.data ?? []).map(entry => entry.priorityScore));
  return (
    <QuerySection
      title={translate('regie.dashboard.roadmap.title')}
      subtitle={translate('regie.dashboard.roadmap.subtitle')}
      actions={<CardLink to={ROADMAP_PATH} label={translate('regie.dashboard.roadmap.link')} testId="dashboard-roadmap-link" />}
      query={roadmap}
      empty={translate('regie.dashboard.roadmap.empty')}
      loadingHeight={300}
      testId="dashboard-roadmap"
    >
      {entries => (
        <Table size="small" aria-label={translate('regie.dashboard.roadmap.title')} sx={COMPACT}>
          <TableHead>
            <TableRow>
              <TableCell align="right">{translate('regie.dashboard.roadmap.rank')}</TableCell>
              <TableCell>{translate('regie.dashboard.roadmap.initiative')}</TableCell>
              <TableCell sx={{ display: { xs: 'none', sm: 'table-cell' } }}>{translate('regie.dashboard.roadmap.department')}</TableCell>
              <TableCell>{translate('regie.dashboard.roadmap.score')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {entries.map(({ rank, pinned, priorityScore, initiative }) => (
              <TableRow key={initiative.id} data-testid="dashboard-roadmap-row" data-rank={rank}>
                <TableCell align="right" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>
                  {rank}
                </TableCell>
                <TableCell>
                  <Typography variant="body2" component={Link} to={createPath({ resource: 'Initiative', id: initiative.id, type: 'show' })} sx={{ fontWeight: 500 }}>
                    {initiative.title}
                  </Typography>
                  <Typography variant="caption" component="div" color="text.secondary" sx={{ display: { xs: 'block', sm: 'none' } }}>
                    {initiative.department.code}
                  </Typography>
                  {pinned && <PinnedBadge reason={initiative.pinReason} />} <StatusChip status={initiative.status} />
                </TableCell>
                <TableCell sx={{ display: { xs: 'none', sm: 'table-cell' } }}>
                  <Tooltip title={initiative.department.name}>
                    <span>{initiative.department.code}</span>
                  </Tooltip>
                </TableCell>
                <TableCell>
                  <Box sx={{ display: { xs: 'none', sm: 'block' } }}>
                    <ScoreBar value={priorityScore} max={maxScore} />
                  </Box>
                  <Typography variant="body2" sx={{ display: { xs: 'block', sm: 'none' }, fontWeight: 600, textAlign: 'right' }}>
                    {formatScore(priorityScore)}
                  </Typography>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </QuerySection>
  );
};
