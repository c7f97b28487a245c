import { Alert, Box, Card, CardContent, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Title, useCreatePath, useGetList, useGetOne, useTranslate } from 'react-admin';
import { useFormat } from '../common/useFormat';
import { useWording } from '../i18n/useWording';
import type { JourneyRecord } from '../journeys/types';
import { NpsBreakdown } from './NpsBreakdown';
import { NpsFilters } from './NpsFilters';
import { NpsPeriod } from './NpsPeriod';
import { QuerySection } from '../common/QuerySection';
import { NpsStatusChip } from './NpsStatus';
import { NpsTrendChart } from './NpsTrendChart';
import { journeyNpsPath } from './paths';
import { StageNpsTable } from './StageNpsTable';
import type { NpsSummaryRow } from './types';
import { useNpsFilters } from './useNpsFilters';
import { useNpsSummary } from './useNpsSummary';
import { formatNpsWithMargin, formatTarget } from './values';

const ALL_JOURNEYS = { pagination: { page: 1, perPage: 1000 }, sort: { field: 'name', order: 'ASC' }, meta: { sparseFields: ['id', 'name'] } } as const;

/** Switches to another journey's page, keeping the filters. */
const JourneyPicker = ({ journeyId, search }: { journeyId: string; search: string }) => {
  const navigate = useNavigate();
  const translate = useTranslate();
  const { data: journeys } = useGetList<JourneyRecord>('Journey', ALL_JOURNEYS);
  return (
    <TextField
      select
      label={translate('regie.nps.journey.picker')}
      size="small"
      fullWidth={false}
      value={journeys?.some(journey => String(journey.id) === journeyId) ? journeyId : ''}
      onChange={event => navigate(journeyNpsPath(event.target.value, search))}
      sx={{ minWidth: 240 }}
    >
      {journeys?.map(journey => (
        <MenuItem key={journey.id} value={String(journey.id)}>
          {journey.name}
        </MenuItem>
      ))}
    </TextField>
  );
};

/** The journey's NPS over the chosen period, next to its target. */
const Headline = ({ row }: { row: NpsSummaryRow | undefined }) => {
  const { translate, locale } = useWording();
  const format = useFormat();
  if (!row) return null;
  return (
    <Stack direction="row" spacing={3} useFlexGap sx={{ alignItems: 'baseline', flexWrap: 'wrap' }} data-testid="nps-headline">
      <Typography variant="h4" component="p">
        {formatNpsWithMargin(row, locale)}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('regie.nps.journey.headline', { responses: format.number(row.responses, 0) })}
        {row.target !== null && translate('regie.nps.journey.headline_target', { target: formatTarget(row.target, locale) })}
      </Typography>
      <NpsStatusChip row={row} />
    </Stack>
  );
};

/**
 * `/nps/:journeyId`: the journey's NPS per month against its target, per stage (coloured by the
 * gap), and per channel and segment, over a date range and for one segment or all.
 */
export const JourneyNps = () => {
  const { journeyId = '' } = useParams();
  const createPath = useCreatePath();
  const translate = useTranslate();
  const [filters, setFilters, search] = useNpsFilters();
  const journey = useGetOne<JourneyRecord>('Journey', { id: journeyId });
  const base = { journeyId, segmentId: filters.segmentId, from: filters.from, to: filters.to };
  const overall = useNpsSummary({ ...base, groupBy: 'JOURNEY' });
  const trend = useNpsSummary({ ...base, groupBy: 'MONTH' });
  const stages = useNpsSummary({ ...base, groupBy: 'STAGE' });
  const channels = useNpsSummary({ ...base, groupBy: 'CHANNEL' });
  const segments = useNpsSummary({ ...base, groupBy: 'SEGMENT' });

  if (journey.isError) {
    return (
      <Box sx={{ mt: 2 }}>
        <Title title={translate('regie.nps.title')} />
        <Alert severity="error">{journey.error?.message || translate('regie.nps.journey.not_loaded')}</Alert>
      </Box>
    );
  }
  const target = journey.data?.targetNps ?? null;
  const period = <NpsPeriod filters={filters} />;
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 2 }} data-testid="journey-nps">
      <Title title={journey.data ? translate('regie.nps.journey.title', { journey: journey.data.name }) : translate('regie.nps.title')} />
      <Card>
        <CardContent>
          <Stack spacing={2}>
            <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
              <JourneyPicker journeyId={journeyId} search={search} />
              <NpsFilters values={filters} onChange={setFilters} />
            </Stack>
            <Headline row={overall.data?.find(row => row.key === journeyId)} />
            {journey.data && (
              <Typography variant="body2">
                <Link to={createPath({ resource: 'Journey', id: journeyId, type: 'show' })}>{translate('regie.nps.journey.stages_link')}</Link>
              </Typography>
            )}
          </Stack>
        </CardContent>
      </Card>
      <QuerySection title={translate('regie.nps.journey.per_month')} subtitle={period} query={trend} empty={translate('regie.nps.journey.no_responses')} loadingHeight={330} testId="nps-trend-section">
        {rows => <NpsTrendChart rows={rows} target={target} />}
      </QuerySection>
      <QuerySection title={translate('regie.nps.journey.per_stage')} subtitle={period} query={stages} empty={translate('regie.nps.journey.no_stages')} testId="nps-stages-section">
        {rows => <StageNpsTable rows={rows} />}
      </QuerySection>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
        <QuerySection title={translate('regie.nps.journey.per_channel')} subtitle={period} query={channels} empty={translate('regie.nps.journey.no_responses')} testId="nps-channels-section">
          {rows => <NpsBreakdown rows={rows} by="channel" target={target} />}
        </QuerySection>
        <QuerySection title={translate('regie.nps.journey.per_segment')} subtitle={period} query={segments} empty={translate('regie.nps.journey.no_responses')} testId="nps-segments-section">
          {rows => <NpsBreakdown rows={rows} by="segment" target={target} />}
        </QuerySection>
      </Box>
    </Stack>
  );
};
