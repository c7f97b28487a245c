import MapIcon from '@mui/icons-material/Map';
import { Box, IconButton, Stack, Tooltip, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { QuerySection } from '../common/QuerySection';
import { useFormat } from '../common/useFormat';
import { journeyMapPath } from '../journey-map/paths';
import { isGreyed, NpsStatusChip, statusTint } from '../nps/NpsStatus';
import { NPS_PATH } from '../nps/paths';
import { useNpsSummary } from '../nps/useNpsSummary';
import { lastDays, npsStatus } from '../nps/values';
import { CardLink } from './CardLink';

/** The dashboard reads the last twelve months: long enough for every journey to have a steady NPS. */
const DAYS = 365;

/**
 * Every journey's NPS over the last twelve months with its margin of error, against its target in
 * words (the colour repeats them); each journey opens its journey map.
 */
export const JourneyNpsCard = () => {
  const translate = useTranslate();
  const format = useFormat();
  const period = lastDays(DAYS);
  const journeys = useNpsSummary({ groupBy: 'JOURNEY', ...period });
  return (
    <QuerySection
      title={translate('regie.dashboard.nps.title')}
      subtitle={translate('regie.dashboard.nps.period', { from: format.date(period.from), to: format.date(period.to) })}
      actions={<CardLinkToNps search={`?from=${period.from}&to=${period.to}`} />}
      query={journeys}
      empty={translate('regie.dashboard.nps.empty')}
      loadingHeight={260}
      testId="dashboard-nps"
    >
      {rows => (
        <Stack component="ul" sx={{ listStyle: 'none', p: 0, m: 0, '& > li + li': { borderTop: 1, borderColor: 'divider' } }}>
          {rows.map(row => {
            const { kind } = npsStatus(row);
            return (
              <Box
                component="li"
                key={row.key}
                data-testid="dashboard-nps-row"
                data-journey={row.label}
                sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap', py: 1, px: 1, bgcolor: theme => statusTint(kind, theme) }}
              >
                <Box sx={{ flex: '1 1 180px', minWidth: 0 }}>
                  <Typography variant="body2" component={Link} to={journeyMapPath(row.key)} sx={{ fontWeight: 600 }} data-testid="dashboard-nps-journey">
                    {row.label}
                  </Typography>
                  <Typography variant="caption" component="div" color="text.secondary">
                    {row.target === null ? translate('regie.dashboard.nps.no_target') : translate('regie.dashboard.nps.target', { target: format.number(row.target, 1) })} ·{' '}
                    {translate('regie.dashboard.nps.responses', { count: format.number(row.responses, 0) })}
                  </Typography>
                </Box>
                <Typography
                  variant="body1"
                  sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', color: isGreyed(kind) ? 'text.disabled' : undefined }}
                  data-testid="dashboard-nps-value"
                >
                  {format.nps(row.nps)}{' '}
                  <Typography component="span" variant="caption">
                    {format.margin(row.marginOfError)}
                  </Typography>
                </Typography>
                <NpsStatusChip row={row} />
                <Tooltip title={translate('regie.dashboard.nps.map_of', { journey: row.label })}>
                  <IconButton size="small" component={Link} to={journeyMapPath(row.key)} aria-label={translate('regie.dashboard.nps.map_of', { journey: row.label })}>
                    <MapIcon fontSize="small" />
                  </IconButton>
                </Tooltip>
              </Box>
            );
          })}
        </Stack>
      )}
    </QuerySection>
  );
};

const CardLinkToNps = ({ search }: { search: string }) => {
  const translate = useTranslate();
  return <CardLink to={`${NPS_PATH}${search}`} label={translate('regie.dashboard.nps.link')} />;
};
