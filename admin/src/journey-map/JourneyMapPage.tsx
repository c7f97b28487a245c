import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import NpsIcon from '@mui/icons-material/Insights';
import RouteIcon from '@mui/icons-material/Route';
import { Alert, Box, Button, Card, CardContent, FormControlLabel, MenuItem, Skeleton, Stack, Switch, TextField, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Title, useCreatePath, useGetList, useGetOne, useTranslate } from 'react-admin';
import { useFormat } from '../common/useFormat';
import type { JourneyStageRecord } from '../journey-stages/types';
import type { JourneyRecord } from '../journeys/types';
import { STAGE_NPS_WINDOW_DAYS, useStageNps } from '../journeys/useStageNps';
import { NpsStatusChip } from '../nps/NpsStatus';
import { journeyNpsPath } from '../nps/paths';
import { useNpsSummary } from '../nps/useNpsSummary';
import { lastDays } from '../nps/values';
import { workByStage, type MapInitiative } from './grouping';
import { journeyMapPath } from './paths';
import { STAGE_CARD_WIDTH, StageCard } from './StageCard';

const ALL_JOURNEYS = { pagination: { page: 1, perPage: 1000 }, sort: { field: 'name', order: 'ASC' }, meta: { sparseFields: ['id', 'name'] } } as const;

// What the map reads of each initiative: who owns it and which stages it touches how much.
const INITIATIVE_FIELDS = ['id', 'title', 'status', 'priorityScore', 'departmentId', { department: ['id', 'name', 'code'] }, { impacts: ['stageId', 'level'] }];

/** Moves to another journey's map. */
const JourneyPicker = ({ journeyId }: { journeyId: string }) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const { data: journeys } = useGetList<JourneyRecord>('Journey', ALL_JOURNEYS);
  return (
    <TextField
      select
      label={translate('regie.journey_map.journey')}
      size="small"
      fullWidth={false}
      value={journeys?.some(journey => String(journey.id) === journeyId) ? journeyId : ''}
      onChange={event => navigate(journeyMapPath(event.target.value))}
      sx={{ minWidth: 240 }}
      data-testid="map-journey-picker"
    >
      {(journeys ?? []).map(journey => (
        <MenuItem key={journey.id} value={String(journey.id)}>
          {journey.name}
        </MenuItem>
      ))}
    </TextField>
  );
};

/** A colour swatch and what it means: the legend of the stage cards' top edges. */
const Swatch = ({ colour, children }: { colour: string; children: ReactNode }) => (
  <Stack direction="row" spacing={0.75} sx={{ alignItems: 'center' }}>
    <Box aria-hidden sx={{ width: 18, height: 6, borderRadius: 0.5, bgcolor: colour }} />
    <Typography variant="caption">{children}</Typography>
  </Stack>
);

/**
 * `/journeys/:journeyId/map`: the journey's stages left to right, each with its importance, reach
 * and NPS against its target (coloured by the gap, and in words), and the initiatives working on
 * it per department: where customers suffer, and who works on it.
 */
export const JourneyMapPage = () => {
  const { journeyId = '' } = useParams();
  const translate = useTranslate();
  const format = useFormat();
  const createPath = useCreatePath();
  const [includeClosed, setIncludeClosed] = useState(false);
  const journey = useGetOne<JourneyRecord>('Journey', { id: journeyId });
  const stages = useGetList<JourneyStageRecord>('JourneyStage', {
    filter: { journeyId },
    sort: { field: 'position', order: 'ASC' },
    pagination: { page: 1, perPage: 100 },
  });
  const nps = useStageNps(journeyId);
  const overall = useNpsSummary({ groupBy: 'JOURNEY', journeyId, ...lastDays(STAGE_NPS_WINDOW_DAYS) });
  const initiatives = useGetList<MapInitiative & { id: string }>('Initiative', {
    filter: { journeyId },
    sort: { field: 'title', order: 'ASC' },
    pagination: { page: 1, perPage: 500 },
    meta: { sparseFields: INITIATIVE_FIELDS },
  });
  const work = initiatives.data ? workByStage(initiatives.data, { includeClosed }) : undefined;
  const journeyRow = overall.data?.find(row => row.key === journeyId);

  if (journey.isError) {
    return (
      <Box sx={{ mt: 2 }}>
        <Title title={translate('regie.journey_map.title')} />
        <Alert severity="error">{journey.error?.message || translate('regie.journey_map.not_found')}</Alert>
      </Box>
    );
  }
  const target = journey.data?.targetNps ?? null;
  const ordered = [...(stages.data ?? [])].sort((a, b) => a.position - b.position);
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 2, minWidth: 0 }} data-testid="journey-map">
      <Title title={journey.data ? translate('regie.journey_map.title_of', { journey: journey.data.name }) : translate('regie.journey_map.title')} />
      <Card>
        <CardContent>
          <Stack spacing={1.5}>
            <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
              <JourneyPicker journeyId={journeyId} />
              <Button component={Link} to={journeyNpsPath(journeyId)} size="small" startIcon={<NpsIcon />}>
                {translate('regie.journey_map.nps_page')}
              </Button>
              <Button component={Link} to={createPath({ resource: 'Journey', id: journeyId, type: 'show' })} size="small" startIcon={<RouteIcon />}>
                {translate('regie.journey_map.journey_page')}
              </Button>
            </Stack>
            <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'baseline', flexWrap: 'wrap' }} data-testid="map-journey-nps">
              {overall.isPending ? (
                <Skeleton width={240} height={36} />
              ) : (
                <>
                  <Typography variant="h5" component="p" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                    NPS {format.nps(journeyRow?.nps)}{' '}
                    <Typography component="span" variant="body1">
                      {format.margin(journeyRow?.marginOfError)}
                    </Typography>
                  </Typography>
                  <Typography variant="body2" color="text.secondary">
                    {translate('regie.journey_map.journey_nps', { days: STAGE_NPS_WINDOW_DAYS })} ·{' '}
                    {target === null ? translate('regie.journey_map.no_target') : translate('regie.journey_map.target', { target: format.number(target, 1) })}
                  </Typography>
                  {journeyRow && <NpsStatusChip row={journeyRow} />}
                </>
              )}
            </Stack>
            <Typography variant="body2" color="text.secondary">
              {translate('regie.journey_map.intro', { days: STAGE_NPS_WINDOW_DAYS })}
            </Typography>
            <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }} aria-label={translate('regie.journey_map.legend.title')} data-testid="map-legend">
              <Swatch colour="error.main">{translate('regie.journey_map.legend.below')}</Swatch>
              <Swatch colour="warning.main">{translate('regie.journey_map.legend.within')}</Swatch>
              <Swatch colour="success.main">{translate('regie.journey_map.legend.meets')}</Swatch>
              <Swatch colour="divider">{translate('regie.journey_map.legend.unjudged')}</Swatch>
            </Stack>
            <FormControlLabel
              control={<Switch checked={includeClosed} onChange={event => setIncludeClosed(event.target.checked)} size="small" />}
              label={<Typography variant="body2">{translate('regie.journey_map.show_closed')}</Typography>}
              sx={{ alignSelf: 'flex-start' }}
            />
          </Stack>
        </CardContent>
      </Card>
      {stages.isError ? (
        <Alert severity="error">{stages.error?.message}</Alert>
      ) : stages.isPending ? (
        <Stack direction="row" spacing={2} sx={{ overflow: 'hidden' }}>
          {[1, 2, 3, 4].map(n => (
            <Skeleton key={n} variant="rounded" width={STAGE_CARD_WIDTH} height={420} sx={{ flexShrink: 0 }} />
          ))}
        </Stack>
      ) : ordered.length === 0 ? (
        <Alert severity="info">{translate('regie.journey_map.empty')}</Alert>
      ) : (
        <Box>
          <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mb: 0.5 }}>
            {translate('regie.journey_map.scroll_hint')}
          </Typography>
          <Box
            component="ol"
            aria-label={translate('regie.journey_map.stages')}
            tabIndex={0}
            data-testid="map-stages"
            sx={{ width: 0, minWidth: '100%', listStyle: 'none', m: 0, p: 0, pb: 1.5, display: 'flex', alignItems: 'stretch', gap: 0.5, overflowX: 'auto', scrollSnapType: 'x proximity', '&:focus-visible': { outline: 2, outlineColor: 'primary.main' } }}
          >
            {ordered.map((stage, index) => (
              <Box component="li" key={stage.id} sx={{ display: 'flex', alignItems: 'stretch', gap: 0.5, flexShrink: 0 }}>
                <StageCard
                  stage={stage}
                  nps={nps.byStage.get(String(stage.id))}
                  npsPending={nps.isPending}
                  npsError={nps.error !== null}
                  journeyTarget={target}
                  work={work ? (work.get(String(stage.id)) ?? []) : undefined}
                  workError={initiatives.isError}
                />
                {index < ordered.length - 1 && <ChevronRightIcon aria-hidden sx={{ alignSelf: 'center', color: 'text.disabled' }} />}
              </Box>
            ))}
          </Box>
        </Box>
      )}
    </Stack>
  );
};
