import { Box, Typography } from '@mui/material';
import { useLocaleState } from 'react-admin';
import { formatScore } from './explain';

/**
 * A priority score as its number and a bar as long as its share of `max` (the highest score in
 * view): the number says it, the bar lets the eye compare down a list.
 */
export const ScoreBar = ({ value, max }: { value: number; max: number }) => {
  const [locale] = useLocaleState();
  const share = max > 0 ? Math.max(0, Math.min(1, value / max)) : 0;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 150 }} data-testid="score-bar">
      <Typography variant="body2" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums', minWidth: 36, textAlign: 'right' }} data-testid="priority-score">
        {formatScore(value, locale)}
      </Typography>
      <Box aria-hidden sx={{ flex: 1, height: 8, borderRadius: 1, bgcolor: 'action.hover', overflow: 'hidden' }}>
        <Box sx={{ width: `${share * 100}%`, height: '100%', bgcolor: 'primary.main' }} />
      </Box>
    </Box>
  );
};
