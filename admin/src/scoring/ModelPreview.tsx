import ArrowDownIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpIcon from '@mui/icons-material/ArrowUpward';
import { Alert, Box, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useCreatePath } from 'react-admin';
import { useWording } from '../i18n/useWording';
import { formatScore } from './explain';
import { movesSummary, rankMove } from './preview';
import type { ModelPreviewRow, ScoringModelValues } from './types';
import { useModelPreview } from './useModelPreview';

const NUMBER = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

const MOVE_COLOUR = { up: 'success.dark', down: 'error.main', same: 'text.secondary' } as const;

const Move = ({ row }: { row: ModelPreviewRow }) => {
  const move = rankMove(row, useWording());
  const Icon = move.direction === 'up' ? ArrowUpIcon : move.direction === 'down' ? ArrowDownIcon : null;
  return (
    <Box
      component="span"
      sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.25, color: MOVE_COLOUR[move.direction], fontWeight: move.direction === 'same' ? undefined : 600 }}
      data-testid="rank-move"
      data-direction={move.direction}
    >
      {Icon && <Icon fontSize="inherit" aria-hidden />}
      {move.text}
    </Box>
  );
};

const PreviewTable = ({ rows }: { rows: ModelPreviewRow[] }) => {
  const createPath = useCreatePath();
  const { translate, locale } = useWording();
  return (
    <Table size="small" aria-label={translate('regie.scoring.preview.title')} sx={{ '& .MuiTableCell-root': { px: 1 } }}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('regie.scoring.preview.initiative')}</TableCell>
          <TableCell>{translate('regie.scoring.preview.department')}</TableCell>
          <TableCell align="right">{translate('regie.scoring.preview.rank_now')}</TableCell>
          <TableCell align="right">{translate('regie.scoring.preview.new_rank')}</TableCell>
          <TableCell>{translate('regie.scoring.preview.move')}</TableCell>
          <TableCell align="right">{translate('regie.scoring.preview.score_now')}</TableCell>
          <TableCell align="right">{translate('regie.scoring.preview.new_score')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map(row => (
          <TableRow key={row.initiative.id} data-testid="preview-row" sx={{ bgcolor: row.rankAfter === row.rankBefore ? undefined : 'action.hover' }}>
            <TableCell>
              <Link to={createPath({ resource: 'Initiative', id: row.initiative.id, type: 'show' })} target="_blank" rel="noopener">
                {row.initiative.title}
              </Link>
            </TableCell>
            <TableCell>{row.initiative.department.code}</TableCell>
            <TableCell align="right" sx={NUMBER}>
              {row.rankBefore}
            </TableCell>
            <TableCell align="right" sx={{ ...NUMBER, fontWeight: 600 }}>
              {row.rankAfter}
            </TableCell>
            <TableCell>
              <Move row={row} />
            </TableCell>
            <TableCell align="right" sx={NUMBER}>
              {formatScore(row.scoreBefore, locale)}
            </TableCell>
            <TableCell align="right" sx={{ ...NUMBER, fontWeight: 600 }}>
              {formatScore(row.scoreAfter, locale)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/**
 * DESIGN §2's model preview: before a new version is saved, how every open initiative's rank and
 * score would move under the values in the form (nothing is saved to see it).
 */
export const ModelPreview = ({ active }: { active: ScoringModelValues }) => {
  const { preview, enabled, changed, current, complete } = useModelPreview(active);
  const wording = useWording();
  const { translate } = wording;
  return (
    <Box component="section" aria-label={translate('regie.scoring.preview.title')} data-testid="model-preview" sx={{ width: '100%', mt: 2 }}>
      <Typography variant="h6" component="h2">
        {translate('regie.scoring.preview.title')}
      </Typography>
      {!changed ? (
        <Typography variant="body2" color="text.secondary">
          {translate('regie.scoring.preview.unchanged')}
        </Typography>
      ) : !complete ? (
        <Typography variant="body2" color="text.secondary">
          {translate('regie.scoring.preview.incomplete')}
        </Typography>
      ) : preview.isError ? (
        <Alert severity="error" data-testid="preview-error">
          {preview.error instanceof Error ? preview.error.message : translate('regie.scoring.preview.failed')}
        </Alert>
      ) : !enabled || !preview.data ? (
        <LinearProgress aria-label={translate('regie.scoring.preview.computing')} sx={{ my: 2 }} />
      ) : (
        <>
          <Typography variant="body2" sx={{ mb: 1, opacity: current ? 1 : 0.6 }} data-testid="preview-summary">
            {movesSummary(preview.data, wording)}
          </Typography>
          <Box sx={{ opacity: current && !preview.isFetching ? 1 : 0.6 }}>
            <PreviewTable rows={preview.data} />
          </Box>
        </>
      )}
    </Box>
  );
};
