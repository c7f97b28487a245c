import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { JourneyStageRecord } from './types';

/** The stage's own target NPS, else a muted "journey's" (with the journey's target when known). */
export const StageTargetField = ({ journeyTarget }: { label?: string; journeyTarget?: number | null }) => {
  const stage = useRecordContext<JourneyStageRecord>();
  if (!stage) return null;
  if (stage.targetNps !== null && stage.targetNps !== undefined) return <Typography variant="body2" component="span">{stage.targetNps}</Typography>;
  return (
    <Typography variant="body2" component="span" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
      {journeyTarget === null || journeyTarget === undefined ? "journey's" : `${journeyTarget} (journey's)`}
    </Typography>
  );
};
