import { Skeleton, Stack, Tooltip, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { Translate } from '../i18n/translation';
import { useWording } from '../i18n/useWording';
import type { JourneyStageRecord } from '../journey-stages/types';
import { isGreyed, NpsStatusText } from '../nps/NpsStatus';
import { formatNpsWithMargin, formatTarget, npsStatus } from '../nps/values';
import type { StageNps } from './useStageNps';

/** The stage's own target, else the journey's, saying so. */
function targetText(own: number | null | undefined, journeyTarget: number | null | undefined, translate: Translate, locale: string): string {
  if (own !== null && own !== undefined) return translate('regie.journeys.stages.target', { target: formatTarget(own, locale) });
  return journeyTarget === null || journeyTarget === undefined
    ? translate('regie.journeys.stages.no_target')
    : translate('regie.journeys.stages.target_of_journey', { target: formatTarget(journeyTarget, locale) });
}

/**
 * A stage's NPS with its margin, its target (its own, or the journey's), and where it stands
 * against it in words. The stage comes from the record context.
 */
export const StageNpsCell = ({ nps, journeyTarget }: { nps: StageNps; journeyTarget?: number | null }) => {
  const stage = useRecordContext<JourneyStageRecord>();
  const { translate, locale } = useWording();
  const row = stage ? nps.byStage.get(String(stage.id)) : undefined;
  const greyed = row ? isGreyed(npsStatus(row).kind) : true;
  return (
    <Stack spacing={0.25} sx={{ alignItems: 'flex-end', textAlign: 'right' }} data-testid="stage-nps">
      {nps.isPending ? (
        <Skeleton width={80} />
      ) : nps.error ? (
        <Tooltip title={nps.error.message}>
          <Typography variant="body2" color="error">
            {translate('regie.journeys.stages.nps_unavailable')}
          </Typography>
        </Tooltip>
      ) : (
        <Typography variant="body2" sx={{ whiteSpace: 'nowrap', fontWeight: greyed ? undefined : 600, color: greyed ? 'text.disabled' : undefined }} data-testid="stage-nps-value">
          {/* No row: a stage added since the summary was read. */}
          {row ? formatNpsWithMargin(row, locale) : '—'}
        </Typography>
      )}
      <Typography variant="caption" component="div" color="text.secondary" sx={{ whiteSpace: 'nowrap' }} data-testid="stage-target">
        {targetText(stage?.targetNps, journeyTarget, translate, locale)}
      </Typography>
      {row && <NpsStatusText row={row} />}
    </Stack>
  );
};
