import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useFormat } from '../common/useFormat';
import { useWording } from '../i18n/useWording';
import { formatMargin, formatNps, formatTarget } from '../nps/values';
import { formatPercent } from '../scoring/explain';
import { StageLinks } from './StageLinks';
import type { UncoveredMoment } from './types';

const NUMBER = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** Important stages below target beyond the margin that no open initiative touches: the moments nobody works on. */
export const UncoveredTable = ({ moments }: { moments: UncoveredMoment[] }) => {
  const { translate, locale } = useWording();
  const format = useFormat();
  return (
    <Table size="small" aria-label={translate('regie.silo.uncovered')} sx={{ '& .MuiTableCell-root': { px: 1 } }}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('regie.silo.columns.journey_stage')}</TableCell>
          <TableCell align="right">{translate('regie.silo.columns.importance')}</TableCell>
          <TableCell align="right">{translate('regie.silo.columns.reach')}</TableCell>
          <TableCell align="right">{translate('regie.silo.columns.nps')}</TableCell>
          <TableCell align="right">{translate('regie.silo.columns.target')}</TableCell>
          <TableCell>{translate('regie.silo.columns.gap')}</TableCell>
          <TableCell align="right">{translate('regie.silo.columns.responses')}</TableCell>
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
              {formatPercent(moment.reach, locale)}
            </TableCell>
            <TableCell align="right" sx={NUMBER} data-testid="uncovered-nps">
              <strong>{formatNps(moment.actualNps, locale)}</strong>{' '}
              <Typography component="span" variant="caption">
                {formatMargin(moment.marginOfError, locale)}
              </Typography>
            </TableCell>
            <TableCell align="right" data-testid="uncovered-target">
              {formatTarget(moment.target, locale)}
            </TableCell>
            <TableCell sx={{ color: 'error.main', fontWeight: 600, whiteSpace: 'nowrap' }} data-testid="uncovered-gap">
              {translate('regie.silo.below_target', { gap: formatNps(moment.gap, locale) })}
            </TableCell>
            <TableCell align="right" sx={NUMBER}>
              {format.number(moment.responses, 0)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
