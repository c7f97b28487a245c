import { Box, Typography } from '@mui/material';
import { formatWeeks } from '../scoring/explain';

/**
 * Planned person-weeks against the department's capacity for the quarter, as a bar and in words;
 * without a capacity it says so (everything is then deferred).
 */
export const CapacityBar = ({ capacity, planned, quarter }: { capacity: number | null; planned: number; quarter: string }) => {
  if (capacity === null) {
    return (
      <Typography variant="body2" color="warning.dark" data-testid="capacity">
        No capacity set for {quarter}: nothing can be planned.
      </Typography>
    );
  }
  const share = capacity > 0 ? Math.min(1, planned / capacity) : 0;
  const left = capacity - planned;
  return (
    <Box data-testid="capacity">
      <Typography variant="body2" data-testid="capacity-text">
        <strong>{formatWeeks(planned)}</strong> of {formatWeeks(capacity)} person-weeks planned · {formatWeeks(left)} left
      </Typography>
      <Box
        role="meter"
        aria-label="Capacity planned"
        aria-valuemin={0}
        aria-valuemax={capacity}
        aria-valuenow={planned}
        aria-valuetext={`${formatWeeks(planned)} of ${formatWeeks(capacity)} person-weeks`}
        sx={{ mt: 0.5, height: 10, borderRadius: 1, bgcolor: 'action.hover', overflow: 'hidden' }}
      >
        <Box sx={{ width: `${share * 100}%`, height: '100%', bgcolor: share >= 1 ? 'warning.main' : 'primary.main' }} />
      </Box>
    </Box>
  );
};
