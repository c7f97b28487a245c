import MergeIcon from '@mui/icons-material/CallMerge';
import WarningIcon from '@mui/icons-material/WarningAmber';
import { Box, Card, CardContent, Chip, Divider, Skeleton, Stack, Typography, type Theme } from '@mui/material';
import { Link } from 'react-router-dom';
import { RecordContextProvider, useCreatePath, useTranslate } from 'react-admin';
import { useFormat } from '../common/useFormat';
import { ImpactLevelChip } from '../initiatives/ImpactLevelChip';
import { StatusChip } from '../initiatives/StatusField';
import { ImportanceField } from '../journey-stages/ImportanceField';
import { MOMENT_OF_TRUTH } from '../journey-stages/importance';
import { ReachField } from '../journey-stages/ReachField';
import type { JourneyStageRecord } from '../journey-stages/types';
import { isGreyed, NpsStatusChip, statusTint } from '../nps/NpsStatus';
import type { NpsSummaryRow } from '../nps/types';
import { npsStatus, type NpsStatusKind } from '../nps/values';
import { SILO_PATH } from '../silo/paths';
import type { DepartmentWork } from './grouping';

/** The card's top edge in the colour of where the stage stands; the chip below says it in words. */
const EDGE: Record<NpsStatusKind, (theme: Theme) => string> = {
  below: theme => theme.palette.error.main,
  withinMargin: theme => theme.palette.warning.main,
  meets: theme => theme.palette.success.main,
  insufficient: theme => theme.palette.divider,
  untargeted: theme => theme.palette.divider,
  none: theme => theme.palette.divider,
};

/** An important stage (4 or 5) that falls short beyond the margin: where nobody working on it hurts (DESIGN §2). */
const IMPORTANT = 4;

export const STAGE_CARD_WIDTH = 264;

interface StageCardProps {
  stage: JourneyStageRecord;
  /** The stage's NPS over the window; undefined while it loads, or when it failed (`npsError`). */
  nps: NpsSummaryRow | undefined;
  npsPending: boolean;
  npsError: boolean;
  journeyTarget: number | null | undefined;
  /** The departments working on it; undefined while the initiatives load. */
  work: DepartmentWork[] | undefined;
  workError: boolean;
}

/**
 * One stage of the map: its place, importance and reach, its NPS against its target (coloured and
 * in words), and who works on it, per department. Two departments on one stage is an overlap;
 * an important stage below target with nobody on it, a moment nobody owns.
 */
export const StageCard = ({ stage, nps, npsPending, npsError, journeyTarget, work, workError }: StageCardProps) => {
  const translate = useTranslate();
  const format = useFormat();
  const createPath = useCreatePath();
  const kind: NpsStatusKind = nps ? npsStatus(nps).kind : 'none';
  const greyed = isGreyed(kind);
  const momentOfTruth = stage.importance === MOMENT_OF_TRUTH;
  const ownTarget = stage.targetNps ?? null;
  const targetText =
    ownTarget !== null
      ? translate('regie.journey_map.stage_target', { target: format.number(ownTarget, 1) })
      : journeyTarget !== null && journeyTarget !== undefined
        ? translate('regie.journey_map.journey_target', { target: format.number(journeyTarget, 1) })
        : translate('regie.journey_map.no_target');
  const departments = work?.length ?? 0;
  const unowned = work !== undefined && departments === 0 && kind === 'below' && stage.importance >= IMPORTANT;
  return (
    <Card
      component="section"
      variant="outlined"
      aria-label={stage.name}
      data-testid="map-stage"
      data-stage={stage.name}
      data-position={stage.position}
      data-status={kind}
      sx={{ width: STAGE_CARD_WIDTH, flex: '0 0 auto', scrollSnapAlign: 'start', borderTop: theme => `6px solid ${EDGE[kind](theme)}`, display: 'flex', flexDirection: 'column' }}
    >
      <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 1.25, flex: 1, '&:last-child': { pb: 2 } }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
          <Box
            aria-hidden
            sx={{ width: 26, height: 26, flexShrink: 0, borderRadius: '50%', display: 'grid', placeItems: 'center', fontWeight: 600, fontSize: 13, color: 'common.white', bgcolor: momentOfTruth ? 'warning.dark' : 'primary.main' }}
          >
            {stage.position}
          </Box>
          <Box sx={{ minWidth: 0 }}>
            <Typography variant="subtitle1" component={Link} to={createPath({ resource: 'JourneyStage', id: stage.id, type: 'show' })} sx={{ fontWeight: 600, lineHeight: 1.3, color: 'text.primary', display: 'block' }} data-testid="map-stage-name">
              {stage.name}
            </Typography>
            {momentOfTruth && <Chip label={translate('regie.journey_map.moment_of_truth')} size="small" color="warning" variant="outlined" sx={{ mt: 0.5, height: 20, fontSize: 11 }} />}
          </Box>
        </Stack>
        <RecordContextProvider value={stage}>
          <Box sx={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 1.5, rowGap: 0.5, alignItems: 'center' }}>
            <Typography variant="caption" color="text.secondary">
              {translate('regie.journey_map.importance')}
            </Typography>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} data-testid="map-stage-importance" data-importance={stage.importance}>
              <ImportanceField />
              <Typography variant="caption">{stage.importance}/5</Typography>
            </Stack>
            <Typography variant="caption" color="text.secondary">
              {translate('regie.journey_map.reach')}
            </Typography>
            <Box data-testid="map-stage-reach">
              <ReachField />
            </Box>
          </Box>
        </RecordContextProvider>
        <Box sx={{ borderRadius: 1, p: 1, bgcolor: theme => statusTint(kind, theme) ?? theme.palette.action.hover }} data-testid="map-stage-nps">
          {npsPending ? (
            <Skeleton width="70%" height={32} />
          ) : npsError ? (
            <Typography variant="body2" color="error">
              {translate('regie.journey_map.nps_unavailable')}
            </Typography>
          ) : (
            <>
              <Typography variant="h6" component="p" sx={{ fontVariantNumeric: 'tabular-nums', lineHeight: 1.2, color: greyed ? 'text.disabled' : undefined }} data-testid="map-stage-nps-value">
                NPS {format.nps(nps?.nps)}{' '}
                <Typography component="span" variant="body2">
                  {format.margin(nps?.marginOfError)}
                </Typography>
              </Typography>
              <Typography variant="caption" component="div" color="text.secondary">
                {targetText} · {translate('regie.journey_map.responses', { count: format.number(nps?.responses ?? 0, 0) })}
              </Typography>
              {nps && (
                <Box sx={{ mt: 0.5 }}>
                  <NpsStatusChip row={nps} />
                </Box>
              )}
            </>
          )}
        </Box>
        <Divider />
        <Stack spacing={1} data-testid="map-stage-work">
          <Typography variant="overline" component="h3" sx={{ lineHeight: 1.5, color: 'text.secondary' }}>
            {translate('regie.journey_map.initiatives')}
            {departments > 0 && ` · ${translate('regie.journey_map.departments', { smart_count: departments })}`}
          </Typography>
          {workError ? (
            <Typography variant="body2" color="error">
              {translate('regie.journey_map.initiatives_error')}
            </Typography>
          ) : work === undefined ? (
            <Skeleton variant="rounded" height={60} />
          ) : departments === 0 ? (
            unowned ? (
              <Chip icon={<WarningIcon />} color="error" variant="outlined" label={translate('regie.journey_map.nobody')} data-testid="map-stage-unowned" sx={{ height: 'auto', '& .MuiChip-label': { whiteSpace: 'normal', py: 0.5 } }} />
            ) : (
              <Typography variant="body2" color="text.secondary">
                {translate('regie.journey_map.no_initiatives')}
              </Typography>
            )
          ) : (
            <>
              {departments > 1 && (
                <Chip
                  component={Link}
                  to={SILO_PATH}
                  clickable
                  icon={<MergeIcon />}
                  color="warning"
                  variant="outlined"
                  size="small"
                  label={translate('regie.journey_map.overlap', { smart_count: departments })}
                  data-testid="map-stage-overlap"
                  sx={{ alignSelf: 'flex-start', maxWidth: '100%' }}
                />
              )}
              {work.map(({ department, work: items }) => (
                <Box key={department.id} data-testid="map-department" data-department={department.code}>
                  <Typography variant="body2" sx={{ fontWeight: 600 }}>
                    {department.name}{' '}
                    <Typography component="span" variant="caption" color="text.secondary">
                      ({department.code})
                    </Typography>
                  </Typography>
                  <Stack component="ul" spacing={0.75} sx={{ listStyle: 'none', p: 0, m: 0, mt: 0.5, pl: 1, borderLeft: 2, borderColor: 'divider' }}>
                    {items.map(({ initiative, level }) => (
                      <Box component="li" key={initiative.id} data-testid="map-initiative">
                        <Typography variant="body2" component={Link} to={createPath({ resource: 'Initiative', id: initiative.id, type: 'show' })} sx={{ display: 'block', lineHeight: 1.3 }}>
                          {initiative.title}
                        </Typography>
                        <Stack direction="row" spacing={0.5} useFlexGap sx={{ mt: 0.25, flexWrap: 'wrap' }}>
                          <StatusChip status={initiative.status} />
                          <ImpactLevelChip level={level} />
                        </Stack>
                      </Box>
                    ))}
                  </Stack>
                </Box>
              ))}
            </>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
};
