import AddIcon from '@mui/icons-material/Add';
import { Box, Button, Stack, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useCanAccess, useCreatePath, useGetList, useTranslate } from 'react-admin';
import { QuerySection } from '../common/QuerySection';
import { useFormat } from '../common/useFormat';
import { INITIATIVE_LIST_FIELDS } from '../initiatives/fields';
import type { InitiativeRecord } from '../initiatives/record';
import { StatusChip } from '../initiatives/StatusField';
import { STATUSES } from '../initiatives/workflow';
import { useRoadmap } from '../roadmap/useRoadmap';
import type { SessionPerson } from '../session';
import { CardLink } from './CardLink';

// A department has a few dozen initiatives at most; the server pages at most 500.
const ALL = 500;
const COMPACT = { '& .MuiTableCell-root': { px: 1 } } as const;

/**
 * A lead's own department's initiatives, by status in the order of the workflow, each with its
 * rank on the roadmap across departments (open ones only) and its priority score now.
 */
export const DepartmentInitiativesCard = ({ department }: { department: NonNullable<SessionPerson['department']> }) => {
  const translate = useTranslate();
  const format = useFormat();
  const createPath = useCreatePath();
  const { canAccess: canCreate } = useCanAccess({ action: 'create', resource: 'Initiative' });
  const initiatives = useGetList<InitiativeRecord>('Initiative', {
    filter: { departmentId: department.id },
    sort: { field: 'updatedAt', order: 'DESC' },
    pagination: { page: 1, perPage: ALL },
    meta: { sparseFields: [...INITIATIVE_LIST_FIELDS, 'priorityScore'] },
  });
  // Ranks are across departments: the roadmap filtered to the department keeps them.
  const roadmap = useRoadmap({ departmentId: department.id, limit: ALL });
  const rankOf = new Map((roadmap.data ?? []).map(entry => [String(entry.initiative.id), entry.rank]));
  const statusOrder = (status: string) => STATUSES.indexOf(status as (typeof STATUSES)[number]);
  const byStatus = (a: InitiativeRecord, b: InitiativeRecord) =>
    statusOrder(a.status) - statusOrder(b.status) || (rankOf.get(String(a.id)) ?? Infinity) - (rankOf.get(String(b.id)) ?? Infinity) || (b.priorityScore ?? 0) - (a.priorityScore ?? 0);
  const listPath = `/Initiative?filter=${encodeURIComponent(JSON.stringify({ departmentId: department.id }))}`;
  return (
    <QuerySection
      title={translate('regie.dashboard.initiatives.title', { department: department.name })}
      subtitle={
        initiatives.data && initiatives.data.length > 0 && (
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }} data-testid="dashboard-status-counts">
            {STATUSES.map(status => {
              const count = initiatives.data.filter(initiative => initiative.status === status).length;
              return count === 0 ? null : (
                <Box key={status} sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }} data-testid="dashboard-status-count" data-status={status}>
                  <StatusChip status={status} />
                  <Typography variant="body2" sx={{ fontWeight: 600 }}>
                    {count}
                  </Typography>
                </Box>
              );
            })}
          </Stack>
        )
      }
      actions={
        <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap', justifyContent: 'flex-end' }}>
          {canCreate && (
            <Button component={Link} to={createPath({ resource: 'Initiative', type: 'create' })} size="small" startIcon={<AddIcon />}>
              {translate('regie.dashboard.initiatives.create')}
            </Button>
          )}
          <CardLink to={listPath} label={translate('regie.dashboard.initiatives.link')} />
        </Stack>
      }
      query={initiatives}
      empty={translate('regie.dashboard.initiatives.empty')}
      loadingHeight={300}
      testId="dashboard-initiatives"
    >
      {rows => (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label={translate('regie.dashboard.initiatives.title', { department: department.name })} sx={COMPACT}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('regie.dashboard.initiatives.status')}</TableCell>
                <TableCell>{translate('regie.dashboard.roadmap.initiative')}</TableCell>
                <TableCell align="right">{translate('regie.dashboard.initiatives.rank')}</TableCell>
                <TableCell align="right">{translate('regie.dashboard.initiatives.score')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {[...rows].sort(byStatus).map(initiative => {
                const rank = rankOf.get(String(initiative.id));
                return (
                  <TableRow key={initiative.id} data-testid="dashboard-initiative" data-status={initiative.status}>
                    <TableCell>
                      <StatusChip status={initiative.status} />
                    </TableCell>
                    <TableCell>
                      <Typography variant="body2" component={Link} to={createPath({ resource: 'Initiative', id: initiative.id, type: 'show' })} sx={{ fontWeight: 500 }}>
                        {initiative.title}
                      </Typography>
                    </TableCell>
                    <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }} data-testid="dashboard-initiative-rank">
                      {rank !== undefined ? (
                        <strong>{rank}</strong>
                      ) : (
                        <Tooltip title={translate('regie.dashboard.initiatives.not_ranked_hint')}>
                          <Typography variant="caption" color="text.secondary">
                            {translate('regie.dashboard.initiatives.not_ranked')}
                          </Typography>
                        </Tooltip>
                      )}
                    </TableCell>
                    <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }} data-testid="dashboard-initiative-score">
                      {format.number(initiative.priorityScore, 2, true)}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </Box>
      )}
    </QuerySection>
  );
};
