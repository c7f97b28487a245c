import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import EditIcon from '@mui/icons-material/Edit';
import { alpha, Box, Chip, IconButton, Stack, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import {
  CreateButton,
  RecordContextProvider,
  ReferenceManyField,
  useCanAccess,
  useCreatePath,
  useListContext,
  useNotify,
  useRecordContext,
  useTranslate,
  useUpdate,
} from 'react-admin';
import { ReferenceChips } from '../common/ReferenceChips';
import { saveErrorMessage } from '../errors';
import { ImportanceField } from '../journey-stages/ImportanceField';
import { MOMENT_OF_TRUTH } from '../journey-stages/importance';
import { ReachField } from '../journey-stages/ReachField';
import type { JourneyStageRecord } from '../journey-stages/types';
import { StageNpsCell } from './StageNpsCell';
import { STAGE_NPS_WINDOW_DAYS, useStageNps, type StageNps } from './useStageNps';
import type { JourneyRecord } from './types';

const BY_POSITION = { field: 'position', order: 'ASC' } as const;

/** The place in the journey as a numbered circle; a moment of truth stands out. */
const PositionBadge = ({ stage }: { stage: JourneyStageRecord }) => (
  <Box
    sx={{
      width: 28,
      height: 28,
      borderRadius: '50%',
      display: 'grid',
      placeItems: 'center',
      fontWeight: 600,
      fontSize: 14,
      color: 'common.white',
      bgcolor: stage.importance === MOMENT_OF_TRUTH ? 'warning.main' : 'primary.main',
    }}
  >
    {stage.position}
  </Box>
);

/** Up, down and edit for one stage: moving sends its new position with the version it was read at. */
const StageActions = ({ stage, isFirst, isLast }: { stage: JourneyStageRecord; isFirst: boolean; isLast: boolean }) => {
  const createPath = useCreatePath();
  const notify = useNotify();
  const translate = useTranslate();
  const { refetch } = useListContext();
  const [update, { isPending }] = useUpdate<JourneyStageRecord>();
  const move = (by: -1 | 1) =>
    update(
      'JourneyStage',
      { id: stage.id, data: { position: stage.position + by, version: stage.version }, previousData: stage },
      {
        mutationMode: 'pessimistic',
        // The stages in between were renumbered too (and got new versions): read them all again.
        onSettled: () => void refetch(),
        onError: error => {
          const message = saveErrorMessage(error, translate('resources.JourneyStage.name', { smart_count: 1 }).toLowerCase(), translate);
          notify(message, { type: 'error', messageArgs: { _: message }, autoHideDuration: 10_000 });
        },
      },
    );
  return (
    <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
      <Tooltip title={translate('regie.journeys.stages.move_up')}>
        <span>
          <IconButton size="small" aria-label={translate('regie.journeys.stages.move_up_named', { stage: stage.name })} disabled={isFirst || isPending} onClick={() => move(-1)}>
            <ArrowUpwardIcon fontSize="small" />
          </IconButton>
        </span>
      </Tooltip>
      <Tooltip title={translate('regie.journeys.stages.move_down')}>
        <span>
          <IconButton size="small" aria-label={translate('regie.journeys.stages.move_down_named', { stage: stage.name })} disabled={isLast || isPending} onClick={() => move(1)}>
            <ArrowDownwardIcon fontSize="small" />
          </IconButton>
        </span>
      </Tooltip>
      <Tooltip title={translate('regie.journeys.stages.edit')}>
        <IconButton size="small" aria-label={translate('regie.journeys.stages.edit_named', { stage: stage.name })} component={Link} to={createPath({ resource: 'JourneyStage', id: stage.id, type: 'edit' })}>
          <EditIcon fontSize="small" />
        </IconButton>
      </Tooltip>
    </Stack>
  );
};

/** The stages as a numbered sequence: what matters how much, to how many, where. */
const StageSequence = ({ journeyTarget, nps }: { journeyTarget?: number | null; nps: StageNps }) => {
  const { data, isPending } = useListContext<JourneyStageRecord>();
  const { canAccess: canEdit } = useCanAccess({ action: 'edit', resource: 'JourneyStage' });
  const createPath = useCreatePath();
  const translate = useTranslate();
  if (isPending || !data) return null;
  // The cache may briefly hold a moved stage's new position beside its neighbours' old ones.
  const stages = [...data].sort((a, b) => a.position - b.position);
  return (
    <Table size="small" aria-label={translate('regie.journeys.stages.title')} data-testid="journey-stages">
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: 48 }}>#</TableCell>
          <TableCell>{translate('regie.journeys.stages.stage')}</TableCell>
          <TableCell>{translate('regie.journeys.stages.importance')}</TableCell>
          <TableCell sx={{ width: 170 }}>{translate('regie.journeys.stages.reach')}</TableCell>
          <TableCell sx={{ minWidth: 180 }}>{translate('regie.journeys.stages.channels')}</TableCell>
          <TableCell align="right" sx={{ width: 140 }}>
            {translate('regie.journeys.stages.nps', { days: STAGE_NPS_WINDOW_DAYS })}
          </TableCell>
          {canEdit && <TableCell sx={{ width: 120 }} />}
        </TableRow>
      </TableHead>
      <TableBody>
        {stages.map((stage, index) => {
          const momentOfTruth = stage.importance === MOMENT_OF_TRUTH;
          return (
            <RecordContextProvider value={stage} key={stage.id}>
              <TableRow
                data-testid="journey-stage"
                data-position={stage.position}
                sx={momentOfTruth ? { bgcolor: theme => alpha(theme.palette.warning.main, 0.08) } : undefined}
              >
                <TableCell>
                  <PositionBadge stage={stage} />
                </TableCell>
                <TableCell sx={{ minWidth: 200 }}>
                  <Typography variant="body2" component={Link} to={createPath({ resource: 'JourneyStage', id: stage.id, type: 'show' })} sx={{ fontWeight: 500, color: 'inherit' }} data-testid="stage-name">
                    {stage.name}
                  </Typography>
                  {momentOfTruth && <Chip label={translate('regie.journeys.stages.moment_of_truth')} size="small" color="warning" variant="outlined" sx={{ ml: 1, height: 20, fontSize: 11 }} />}
                  {stage.description && (
                    <Typography variant="caption" component="div" color="text.secondary">
                      {stage.description}
                    </Typography>
                  )}
                </TableCell>
                <TableCell>
                  <ImportanceField />
                </TableCell>
                <TableCell>
                  <ReachField />
                </TableCell>
                <TableCell>
                  <ReferenceChips source="channelIds" reference="Channel" link={false} />
                </TableCell>
                <TableCell align="right">
                  <StageNpsCell nps={nps} journeyTarget={journeyTarget} />
                </TableCell>
                {canEdit && (
                  <TableCell>
                    <StageActions stage={stage} isFirst={index === 0} isLast={index === stages.length - 1} />
                  </TableCell>
                )}
              </TableRow>
            </RecordContextProvider>
          );
        })}
      </TableBody>
    </Table>
  );
};

/**
 * The journey page's stage section, each stage with its NPS against its target; the regie team
 * adds, edits and reorders stages here.
 */
export const JourneyStages = () => {
  const journey = useRecordContext<JourneyRecord>();
  const nps = useStageNps(journey?.id);
  const translate = useTranslate();
  if (!journey) return null;
  return (
    <Box sx={{ px: 2, pb: 2 }}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mt: 1, mb: 1 }}>
        <Typography variant="h6" component="h2">
          {translate('regie.journeys.stages.title')}
        </Typography>
        <CreateButton resource="JourneyStage" label="regie.journeys.stages.add" state={{ record: { journeyId: journey.id } }} />
      </Stack>
      <ReferenceManyField<JourneyRecord, JourneyStageRecord>
        reference="JourneyStage"
        target="journeyId"
        sort={BY_POSITION}
        perPage={100}
        empty={<Typography variant="body2" color="text.secondary">{translate('regie.journeys.stages.empty')}</Typography>}
      >
        <StageSequence journeyTarget={journey.targetNps} nps={nps} />
      </ReferenceManyField>
    </Box>
  );
};
