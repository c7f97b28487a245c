import { Box, Stack, Typography } from '@mui/material';
import { useFormat } from '../common/useFormat';
import { useWording } from '../i18n/useWording';
import { NpsStatusText } from '../nps/NpsStatus';
import { formatNpsWithMargin, formatTarget } from '../nps/values';
import { formatPercent } from '../scoring/explain';
import type { StageFigures } from './types';

/**
 * The numbers of a stage as the score reads them: where it stands against its target, in words
 * (not judged below the scoring model's minimum of responses, as the score does not), then NPS ±
 * margin, target, responses, importance and reach.
 */
export const StageNumbers = ({ figures, minResponses }: { figures: StageFigures; minResponses: number | undefined }) => {
  const { translate, locale } = useWording();
  const format = useFormat();
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
      <Box sx={{ '& > *': { fontSize: '0.875rem' } }}>
        <NpsStatusText
          row={{
            responses: figures.responses,
            nps: figures.actualNps,
            marginOfError: figures.marginOfError,
            gap: figures.gap,
            insufficient: minResponses !== undefined && figures.responses < minResponses,
          }}
        />
      </Box>
      <Typography variant="body2" color="text.secondary" data-testid="stage-figures">
        {translate('regie.silo.figures', {
          nps: formatNpsWithMargin({ nps: figures.actualNps, marginOfError: figures.marginOfError }, locale),
          target: formatTarget(figures.target, locale),
          responses: format.number(figures.responses, 0),
          importance: figures.importance,
          reach: formatPercent(figures.reach, locale),
        })}
      </Typography>
    </Stack>
  );
};
