import { Box, Stack, Typography } from '@mui/material';
import { NpsStatusText } from '../nps/NpsStatus';
import { formatNpsWithMargin, formatTarget } from '../nps/values';
import { formatPercent } from '../scoring/explain';
import type { StageFigures } from './types';

/**
 * The numbers of a stage as the score reads them: where it stands against its target, in words
 * (not judged below the scoring model's minimum of responses, as the score does not), then NPS ±
 * margin, target, responses, importance and reach.
 */
export const StageNumbers = ({ figures, minResponses }: { figures: StageFigures; minResponses: number | undefined }) => (
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
      NPS {formatNpsWithMargin({ nps: figures.actualNps, marginOfError: figures.marginOfError })} against target {formatTarget(figures.target)} ·{' '}
      {figures.responses.toLocaleString()} responses · importance {figures.importance} · reach {formatPercent(figures.reach)}
    </Typography>
  </Stack>
);
