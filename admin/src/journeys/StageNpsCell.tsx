import { Skeleton, Stack, Tooltip, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { JourneyStageRecord } from '../journey-stages/types';
import { isGreyed, NpsStatusText } from '../nps/NpsStatus';
import { formatNpsWithMargin, formatTarget, npsStatus } from '../nps/values';
import type { StageNps } from './useStageNps';

/** The stage's own target, else the journey's, saying so. */
function targetText(own: number | null | undefined, journeyTarget: number | null | undefined): string {
  if (own !== null && own !== undefined) return `target ${formatTarget(own)}`;
  return journeyTarget === null || journeyTarget === undefined ? 'no target' : `target ${formatTarget(journeyTarget)} (journey's)`;
}

/**
 * A stage's NPS with its margin, its target (its own, or the journey's), and where it stands
 * against it in words. The stage comes from the record context.
 */
export const StageNpsCell = ({ nps, journeyTarget }: { nps: StageNps; journeyTarget?: number | null }) => {
  const stage = useRecordContext<JourneyStageRecord>();
  const row = stage ? nps.byStage.get(String(stage.id)) : undefined;
  const greyed = row ? isGreyed(npsStatus(row).kind) : true;
  return (
    <Stack spacing={0.25} sx={{ alignItems: 'flex-end', textAlign: 'right' }} data-testid="stage-nps">
      {nps.isPending ? (
        <Skeleton width={80} />
      ) : nps.error ? (
        <Tooltip title={nps.error.message}>
          <Typography variant="body2" color="error">
            NPS unavailable
          </Typography>
        </Tooltip>
      ) : (
        <Typography variant="body2" sx={{ whiteSpace: 'nowrap', fontWeight: greyed ? undefined : 600, color: greyed ? 'text.disabled' : undefined }} data-testid="stage-nps-value">
          {/* No row: a stage added since the summary was read. */}
          {row ? formatNpsWithMargin(row) : '—'}
        </Typography>
      )}
      <Typography variant="caption" component="div" color="text.secondary" sx={{ whiteSpace: 'nowrap' }} data-testid="stage-target">
        {targetText(stage?.targetNps, journeyTarget)}
      </Typography>
      {row && <NpsStatusText row={row} />}
    </Stack>
  );
};
