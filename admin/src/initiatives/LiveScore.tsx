import { Alert, Box, LinearProgress, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import { useWording } from '../i18n/useWording';
import { useWatch } from 'react-hook-form';
import { useDebounced } from '../common/useDebounced';
import type { RegieDataProvider } from '../dataProvider';
import { formatScore } from '../scoring/explain';
import { scorePreviewInputs } from '../scoring/preview';
import { ScoreExplanation } from '../scoring/ScoreExplanation';

const WATCHED = ['impacts', 'effort', 'confidence', 'commercialValue'] as const;

/**
 * DESIGN §2's score preview: the score of the form's values as they are filled in (impacts,
 * effort, confidence, commercial value), asked of the server once the typing pauses, with its
 * breakdown. Nothing is saved.
 */
export const LiveScore = () => {
  const dataProvider = useDataProvider<RegieDataProvider>();
  const wording = useWording();
  const { translate } = wording;
  const [impacts, effort, confidence, commercialValue] = useWatch({ name: WATCHED });
  const settled = useDebounced(scorePreviewInputs({ impacts, effort, confidence, commercialValue }, wording));
  const ready = !('missing' in settled);
  const score = useQuery({
    queryKey: ['scorePreview', settled],
    queryFn: () => dataProvider.scorePreview(settled as Exclude<typeof settled, { missing: string }>),
    enabled: ready,
    placeholderData: keepPreviousData,
  });
  return (
    <Box component="section" aria-label={translate('regie.initiatives.live_score.label')} data-testid="live-score" sx={{ width: '100%', maxWidth: 1100 }}>
      {!ready ? (
        <Typography variant="body2" color="text.secondary">
          {settled.missing}
        </Typography>
      ) : score.isError ? (
        <Alert severity="warning">{score.error instanceof Error ? score.error.message : translate('regie.initiatives.live_score.failed')}</Alert>
      ) : !score.data ? (
        <LinearProgress aria-label={translate('regie.initiatives.live_score.computing')} sx={{ my: 2 }} />
      ) : (
        <Box sx={{ opacity: score.isPlaceholderData ? 0.6 : 1, transition: 'opacity 0.2s' }}>
          <Typography variant="h5" component="p" sx={{ mb: 1 }}>
            <span data-testid="live-priority-score">{formatScore(score.data.priorityScore)}</span>{' '}
            <Typography component="span" variant="body2" color="text.secondary">
              {translate('regie.initiatives.live_score.with_model', { version: score.data.modelVersion })}
            </Typography>
          </Typography>
          <ScoreExplanation score={score.data} />
        </Box>
      )}
    </Box>
  );
};
