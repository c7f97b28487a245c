import { Box, LinearProgress, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useIntlLocale } from '../i18n/useWording';
import type { JourneyStageRecord } from './types';

/** Reach (0–1) as a bar with its percentage. */
export const ReachField = (_props: { label?: string }) => {
  const stage = useRecordContext<JourneyStageRecord>();
  const translate = useTranslate();
  const locale = useIntlLocale();
  if (!stage) return null;
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(stage.reach);
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 130 }} data-reach={stage.reach}>
      <LinearProgress variant="determinate" value={stage.reach * 100} aria-label={translate('regie.journey_stages.reach', { percent })} sx={{ flex: 1, height: 8, borderRadius: 4 }} />
      <Typography variant="body2" component="span" sx={{ minWidth: 40, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
        {percent}
      </Typography>
    </Box>
  );
};
