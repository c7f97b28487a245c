import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Button, Chip, Stack, TableCell, TableRow, Tooltip, Typography } from '@mui/material';
import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { RecordContextProvider, useCreatePath, useLocaleState, useTranslate } from 'react-admin';
import { PinButtons } from '../initiatives/PinButtons';
import { StatusChip } from '../initiatives/StatusField';
import { formatScore } from '../scoring/explain';
import { ScoreBar } from '../scoring/ScoreBar';
import { ScoreExplanation } from '../scoring/ScoreExplanation';
import { PinnedBadge } from './PinnedBadge';
import type { RoadmapEntry } from './types';

export const ROADMAP_COLUMNS = 7;

/** One ranked initiative; "Why" opens the breakdown of its score beneath it. */
export const RoadmapRow = ({ entry, maxScore }: { entry: RoadmapEntry; maxScore: number }) => {
  const createPath = useCreatePath();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const { initiative } = entry;
  return (
    <>
      <TableRow data-testid="roadmap-row" data-rank={entry.rank} sx={{ '& > td': { borderBottom: open ? 'none' : undefined } }}>
        <TableCell align="right" sx={{ fontWeight: 600, fontSize: '1rem', fontVariantNumeric: 'tabular-nums' }} data-testid="roadmap-rank">
          {entry.rank}
        </TableCell>
        <TableCell>
          <Typography variant="body2" component={Link} to={createPath({ resource: 'Initiative', id: initiative.id, type: 'show' })} sx={{ fontWeight: 500 }}>
            {initiative.title}
          </Typography>
          {(entry.pinned || entry.carriedOver) && (
            <Stack direction="row" spacing={0.5} sx={{ mt: 0.5 }}>
              {entry.pinned && <PinnedBadge reason={initiative.pinReason} />}
              {entry.carriedOver && <Chip size="small" variant="outlined" label={translate('regie.roadmap.carried_over', { quarter: initiative.targetQuarter })} data-testid="carried-over" sx={{ height: 22 }} />}
            </Stack>
          )}
        </TableCell>
        <TableCell>
          <Tooltip title={initiative.department.name}>
            <span>{initiative.department.code}</span>
          </Tooltip>
        </TableCell>
        <TableCell>
          <StatusChip status={initiative.status} />
        </TableCell>
        <TableCell>
          <ScoreBar value={entry.priorityScore} max={maxScore} />
        </TableCell>
        <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }} data-testid="journey-impact">
          {formatScore(entry.journeyImpact, locale)}
        </TableCell>
        <TableCell sx={{ whiteSpace: 'nowrap' }}>
          <Button
            size="small"
            sx={{ minWidth: 0, textTransform: 'none' }}
            onClick={() => setOpen(!open)}
            aria-expanded={open}
            aria-controls={panelId}
            endIcon={open ? <ExpandLessIcon /> : <ExpandMoreIcon />}
            aria-label={translate('regie.roadmap.why_label', { title: initiative.title, score: formatScore(entry.priorityScore, locale) })}
          >
            {translate('regie.roadmap.why')}
          </Button>
          <RecordContextProvider value={initiative}>
            <PinButtons compact />
          </RecordContextProvider>
        </TableCell>
      </TableRow>
      {open && (
        <TableRow id={panelId} data-testid="roadmap-breakdown">
          <TableCell colSpan={ROADMAP_COLUMNS} sx={{ bgcolor: 'action.hover', px: 3 }}>
            <ScoreExplanation score={initiative.scoreBreakdown} />
          </TableCell>
        </TableRow>
      )}
    </>
  );
};
