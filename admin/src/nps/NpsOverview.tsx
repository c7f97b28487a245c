import { Card, CardContent, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { Title } from 'react-admin';
import { useFormat } from '../common/useFormat';
import { useWording } from '../i18n/useWording';
import { NpsFilters } from './NpsFilters';
import { NpsPeriod } from './NpsPeriod';
import { QuerySection } from '../common/QuerySection';
import { isGreyed, NpsStatusChip, statusTint } from './NpsStatus';
import { journeyNpsPath } from './paths';
import { useNpsFilters } from './useNpsFilters';
import { useNpsSummary } from './useNpsSummary';
import { formatMargin, formatNps, formatTarget, npsStatus } from './values';

/** `/nps`: every journey's NPS against its target; choosing one opens its page, with the same filters. */
export const NpsOverview = () => {
  const { translate, locale } = useWording();
  const format = useFormat();
  const [filters, setFilters, search] = useNpsFilters();
  const journeys = useNpsSummary({ groupBy: 'JOURNEY', segmentId: filters.segmentId, from: filters.from, to: filters.to });
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 2 }}>
      <Title title={translate('regie.nps.title')} />
      <Card>
        <CardContent>
          <NpsFilters values={filters} onChange={setFilters} />
        </CardContent>
      </Card>
      <QuerySection title={translate('regie.nps.overview.title')} subtitle={<NpsPeriod filters={filters} />} query={journeys} empty={translate('regie.nps.overview.empty')} testId="nps-journeys">
        {rows => (
          <>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {translate('regie.nps.overview.choose')}
            </Typography>
            <Table size="small" aria-label={translate('regie.nps.overview.title')}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('regie.nps.columns.journey')}</TableCell>
                  <TableCell align="right">{translate('regie.nps.columns.responses')}</TableCell>
                  <TableCell align="right">{translate('regie.nps.columns.nps')}</TableCell>
                  <TableCell align="right">{translate('regie.nps.columns.target')}</TableCell>
                  <TableCell>{translate('regie.nps.columns.against_target')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map(row => {
                  const { kind } = npsStatus(row);
                  return (
                    <TableRow key={row.key} data-testid="nps-journey-row" sx={{ bgcolor: theme => statusTint(kind, theme) }}>
                      <TableCell>
                        <Typography variant="body2" component={Link} to={journeyNpsPath(row.key, search)} sx={{ fontWeight: 500 }}>
                          {row.label}
                        </Typography>
                      </TableCell>
                      <TableCell align="right">{format.number(row.responses, 0)}</TableCell>
                      <TableCell align="right" sx={{ whiteSpace: 'nowrap', color: isGreyed(kind) ? 'text.disabled' : undefined }}>
                        {formatNps(row.nps, locale)} <Typography component="span" variant="caption">{formatMargin(row.marginOfError, locale)}</Typography>
                      </TableCell>
                      <TableCell align="right">{formatTarget(row.target, locale)}</TableCell>
                      <TableCell>
                        <NpsStatusChip row={row} />
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </>
        )}
      </QuerySection>
    </Stack>
  );
};
