import { Box, Tooltip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { importanceLabel, MOMENT_OF_TRUTH } from './importance';
import type { JourneyStageRecord } from './types';

const DOTS = [1, 2, 3, 4, 5];

/** Importance as five dots, filled up to the stage's importance; a moment of truth in the warning colour. */
export const ImportanceField = (_props: { label?: string }) => {
  const stage = useRecordContext<JourneyStageRecord>();
  const translate = useTranslate();
  if (!stage) return null;
  const { importance } = stage;
  const color = importance === MOMENT_OF_TRUTH ? 'warning.main' : 'primary.main';
  const label = importanceLabel(importance, translate);
  return (
    <Tooltip title={label}>
      <Box role="img" aria-label={label} data-importance={importance} sx={{ display: 'inline-flex', gap: '3px', verticalAlign: 'middle', py: 0.5 }}>
        {DOTS.map(dot => (
          <Box
            key={dot}
            sx={{ width: 10, height: 10, borderRadius: '50%', border: 2, borderColor: dot <= importance ? color : 'action.disabled', bgcolor: dot <= importance ? color : 'transparent' }}
          />
        ))}
      </Box>
    </Tooltip>
  );
};
