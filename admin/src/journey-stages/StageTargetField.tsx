import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { JourneyStageRecord } from './types';

/** The stage's own target NPS, else a muted "journey's" (with the journey's target when known). */
export const StageTargetField = ({ journeyTarget }: { label?: string; journeyTarget?: number | null }) => {
  const stage = useRecordContext<JourneyStageRecord>();
  const translate = useTranslate();
  if (!stage) return null;
  if (stage.targetNps !== null && stage.targetNps !== undefined) return <Typography variant="body2" component="span">{stage.targetNps}</Typography>;
  return (
    <Typography variant="body2" component="span" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
      {journeyTarget === null || journeyTarget === undefined
        ? translate('regie.journey_stages.journeys_target')
        : translate('regie.journey_stages.journeys_target_value', { target: journeyTarget })}
    </Typography>
  );
};
