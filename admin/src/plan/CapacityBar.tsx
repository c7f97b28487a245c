import { Box, Typography } from '@mui/material';
import { useWording } from '../i18n/useWording';
import { formatWeeks } from '../scoring/explain';

/**
 * Planned person-weeks against the department's capacity for the quarter, as a bar and in words;
 * without a capacity it says so (everything is then deferred).
 */
export const CapacityBar = ({ capacity, planned, quarter }: { capacity: number | null; planned: number; quarter: string }) => {
  const { translate, locale } = useWording();
  const weeks = (value: number) => formatWeeks(value, locale);
  if (capacity === null) {
    return (
      <Typography variant="body2" color="warning.dark" data-testid="capacity">
        {translate('regie.plan.capacity.none', { quarter })}
      </Typography>
    );
  }
  const share = capacity > 0 ? Math.min(1, planned / capacity) : 0;
  const left = capacity - planned;
  return (
    <Box data-testid="capacity">
      <Typography variant="body2" data-testid="capacity-text">
        <strong>{translate('regie.plan.capacity.planned', { planned: weeks(planned), capacity: weeks(capacity) })}</strong>
        {translate('regie.plan.capacity.left', { left: weeks(left) })}
      </Typography>
      <Box
        role="meter"
        aria-label={translate('regie.plan.capacity.meter')}
        aria-valuemin={0}
        aria-valuemax={capacity}
        aria-valuenow={planned}
        aria-valuetext={translate('regie.plan.capacity.meter_value', { planned: weeks(planned), capacity: weeks(capacity) })}
        sx={{ mt: 0.5, height: 10, borderRadius: 1, bgcolor: 'action.hover', overflow: 'hidden' }}
      >
        <Box sx={{ width: `${share * 100}%`, height: '100%', bgcolor: share >= 1 ? 'warning.main' : 'primary.main' }} />
      </Box>
    </Box>
  );
};
