import { Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Fragment } from 'react';
import { Link } from 'react-router-dom';
import { useCreatePath } from 'react-admin';
import { useWording } from '../i18n/useWording';
import { StatusChip } from '../initiatives/StatusField';
import { formatScore, formatWeeks } from '../scoring/explain';
import { StageLinks } from './StageLinks';
import { StageNumbers } from './StageNumbers';
import type { Overlap } from './types';

const NUMBER = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/**
 * The overlaps grouped by stage: the stage with its numbers and the departments working on it,
 * then each open initiative touching it (highest score first), with its department, status,
 * effort and score.
 */
export const OverlapTable = ({ overlaps, minResponses }: { overlaps: Overlap[]; minResponses: number | undefined }) => {
  const createPath = useCreatePath();
  const { translate, locale } = useWording();
  return (
    <Table size="small" aria-label={translate('regie.silo.overlaps')} sx={{ '& .MuiTableCell-root': { px: 1 } }}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('regie.silo.columns.stage_initiatives')}</TableCell>
          <TableCell>{translate('regie.silo.columns.department')}</TableCell>
          <TableCell>{translate('regie.silo.columns.status')}</TableCell>
          <TableCell align="right">{translate('regie.silo.columns.effort')}</TableCell>
          <TableCell align="right">{translate('regie.silo.columns.score')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {overlaps.map(overlap => (
          <Fragment key={overlap.stage.id}>
            <TableRow data-testid="overlap" data-stage={overlap.stage.name}>
              <TableCell colSpan={5} sx={{ bgcolor: 'action.hover', pt: 1.5 }}>
                <StageLinks stage={overlap.stage} />
                <StageNumbers figures={overlap} minResponses={minResponses} />
                <Stack direction="row" spacing={0.5} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mt: 0.5 }}>
                  <Typography variant="body2">{translate('regie.silo.departments', { count: overlap.departments.length })}</Typography>
                  {overlap.departments.map(department => (
                    <Chip key={department.id} size="small" label={`${department.name} (${department.code})`} data-testid="overlap-department" sx={{ height: 22 }} />
                  ))}
                  <Typography variant="body2" data-testid="combined-effort">
                    {translate('regie.silo.together', { weeks: formatWeeks(overlap.combinedEffort, locale) })}
                  </Typography>
                </Stack>
              </TableCell>
            </TableRow>
            {overlap.initiatives.map(initiative => (
              <TableRow key={initiative.id} data-testid="overlap-initiative">
                <TableCell sx={{ pl: 4 }}>
                  <Typography variant="body2" component={Link} to={createPath({ resource: 'Initiative', id: initiative.id, type: 'show' })}>
                    {initiative.title}
                  </Typography>
                </TableCell>
                <TableCell>{initiative.department.code}</TableCell>
                <TableCell>
                  <StatusChip status={initiative.status} />
                </TableCell>
                <TableCell align="right" sx={NUMBER}>
                  {formatWeeks(initiative.effort, locale)}
                </TableCell>
                <TableCell align="right" sx={NUMBER}>
                  {formatScore(initiative.priorityScore, locale)}
                </TableCell>
              </TableRow>
            ))}
          </Fragment>
        ))}
      </TableBody>
    </Table>
  );
};
