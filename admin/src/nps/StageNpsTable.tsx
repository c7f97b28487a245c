import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useCreatePath } from 'react-admin';
import { useFormat } from '../common/useFormat';
import { useWording } from '../i18n/useWording';
import { isGreyed, NpsStatusChip, statusTint } from './NpsStatus';
import type { NpsSummaryRow } from './types';
import { formatMargin, formatNps, formatTarget, npsStatus } from './values';

/** The journey's stages in order, each with its NPS against its target, coloured (and worded) by where it stands. */
export const StageNpsTable = ({ rows }: { rows: NpsSummaryRow[] }) => {
  const createPath = useCreatePath();
  const { translate, locale } = useWording();
  const format = useFormat();
  return (
    <Table size="small" aria-label={translate('regie.nps.journey.per_stage')} data-testid="stage-nps">
      <TableHead>
        <TableRow>
          <TableCell>{translate('regie.nps.columns.stage')}</TableCell>
          <TableCell align="right">{translate('regie.nps.columns.responses')}</TableCell>
          <TableCell align="right">{translate('regie.nps.columns.nps')}</TableCell>
          <TableCell align="right">{translate('regie.nps.columns.target')}</TableCell>
          <TableCell>{translate('regie.nps.columns.against_target')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map(row => {
          const { kind } = npsStatus(row, { translate, locale });
          const greyed = isGreyed(kind);
          return (
            <TableRow key={row.key} data-testid="stage-nps-row" data-status={kind} sx={{ bgcolor: theme => statusTint(kind, theme) }}>
              <TableCell>
                <Typography variant="body2" component={Link} to={createPath({ resource: 'JourneyStage', id: row.key, type: 'show' })} sx={{ color: 'inherit', fontWeight: 500 }}>
                  {row.label}
                </Typography>
              </TableCell>
              <TableCell align="right" sx={{ color: greyed ? 'text.disabled' : undefined }}>
                {format.number(row.responses, 0)}
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap', color: greyed ? 'text.disabled' : undefined }} data-testid="stage-nps-value">
                <Typography component="span" variant="body2" sx={{ fontWeight: greyed ? undefined : 600 }}>
                  {formatNps(row.nps, locale)}
                </Typography>{' '}
                <Typography component="span" variant="caption" color="inherit" sx={{ opacity: 0.8 }}>
                  {formatMargin(row.marginOfError, locale)}
                </Typography>
              </TableCell>
              <TableCell align="right" data-testid="stage-nps-target">
                {formatTarget(row.target, locale)}
              </TableCell>
              <TableCell>
                <NpsStatusChip row={row} />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};
