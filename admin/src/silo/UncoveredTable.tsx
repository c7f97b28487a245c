import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { formatMargin, formatNps, formatTarget } from '../nps/values';
import { formatPercent } from '../scoring/explain';
import { StageLinks } from './StageLinks';
import type { UncoveredMoment } from './types';

const NUMBER = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** Important stages below target beyond the margin that no open initiative touches: the moments nobody works on. */
export const UncoveredTable = ({ moments }: { moments: UncoveredMoment[] }) => (
  <Table size="small" aria-label="Uncovered moments" sx={{ '& .MuiTableCell-root': { px: 1 } }}>
    <TableHead>
      <TableRow>
        <TableCell>Journey › stage</TableCell>
        <TableCell align="right">Importance</TableCell>
        <TableCell align="right">Reach</TableCell>
        <TableCell align="right">NPS</TableCell>
        <TableCell align="right">Target</TableCell>
        <TableCell>Gap</TableCell>
        <TableCell align="right">Responses</TableCell>
      </TableRow>
    </TableHead>
    <TableBody>
      {moments.map(moment => (
        <TableRow key={moment.stage.id} data-testid="uncovered-moment" data-stage={moment.stage.name}>
          <TableCell>
            <StageLinks stage={moment.stage} />
          </TableCell>
          <TableCell align="right">{moment.importance}</TableCell>
          <TableCell align="right" sx={NUMBER}>
            {formatPercent(moment.reach)}
          </TableCell>
          <TableCell align="right" sx={NUMBER} data-testid="uncovered-nps">
            <strong>{formatNps(moment.actualNps)}</strong>{' '}
            <Typography component="span" variant="caption">
              {formatMargin(moment.marginOfError)}
            </Typography>
          </TableCell>
          <TableCell align="right" data-testid="uncovered-target">
            {formatTarget(moment.target)}
          </TableCell>
          <TableCell sx={{ color: 'error.main', fontWeight: 600, whiteSpace: 'nowrap' }} data-testid="uncovered-gap">
            {formatNps(moment.gap)} below target
          </TableCell>
          <TableCell align="right" sx={NUMBER}>
            {moment.responses.toLocaleString()}
          </TableCell>
        </TableRow>
      ))}
    </TableBody>
  </Table>
);
