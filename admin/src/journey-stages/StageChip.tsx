import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { MOMENT_OF_TRUTH } from './importance';
import { useStageLabel } from './stageLabel';
import type { JourneyStageRecord } from './types';

/** A stage as a chip named with its journey; a moment of truth in the warning colour. */
export const StageChip = () => {
  const stage = useRecordContext<JourneyStageRecord>();
  const stageLabel = useStageLabel();
  const translate = useTranslate();
  if (!stage) return null;
  const momentOfTruth = stage.importance === MOMENT_OF_TRUTH;
  return <Chip size="small" clickable label={stageLabel(stage)} color={momentOfTruth ? 'warning' : 'default'} variant="outlined" title={momentOfTruth ? translate('regie.journey_stages.moment_of_truth') : undefined} />;
};
