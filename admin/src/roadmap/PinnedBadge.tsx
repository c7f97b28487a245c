import PushPinIcon from '@mui/icons-material/PushPin';
import { Chip, Tooltip } from '@mui/material';

/** "Pinned", in words and with a pin: the rank was set by the regie team, not by the score; the reason on hover. */
export const PinnedBadge = ({ reason }: { reason?: string | null }) => (
  <Tooltip title={reason ? `Pinned: ${reason}` : 'Pinned by the regie team'}>
    <Chip size="small" variant="outlined" color="secondary" icon={<PushPinIcon />} label="Pinned" data-testid="pinned-badge" sx={{ height: 22 }} />
  </Tooltip>
);
