import { Card, CardContent, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { Title } from 'react-admin';
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
  const [filters, setFilters, search] = useNpsFilters();
  const journeys = useNpsSummary({ groupBy: 'JOURNEY', segmentId: filters.segmentId, from: filters.from, to: filters.to });
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 2 }}>
      <Title title="NPS" />
      <Card>
        <CardContent>
          <NpsFilters values={filters} onChange={setFilters} />
        </CardContent>
      </Card>
      <QuerySection title="NPS per journey" subtitle={<NpsPeriod filters={filters} />} query={journeys} empty="There are no journeys yet." testId="nps-journeys">
        {rows => (
          <>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              Choose a journey to see its trend, its stages and its channels and segments.
            </Typography>
            <Table size="small" aria-label="NPS per journey">
              <TableHead>
                <TableRow>
                  <TableCell>Journey</TableCell>
                  <TableCell align="right">Responses</TableCell>
                  <TableCell align="right">NPS</TableCell>
                  <TableCell align="right">Target</TableCell>
                  <TableCell>Against target</TableCell>
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
                      <TableCell align="right">{row.responses.toLocaleString()}</TableCell>
                      <TableCell align="right" sx={{ whiteSpace: 'nowrap', color: isGreyed(kind) ? 'text.disabled' : undefined }}>
                        {formatNps(row.nps)} <Typography component="span" variant="caption">{formatMargin(row.marginOfError)}</Typography>
                      </TableCell>
                      <TableCell align="right">{formatTarget(row.target)}</TableCell>
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
