import PushPinIcon from '@mui/icons-material/PushPin';
import { Chip, Tooltip } from '@mui/material';
import { useTranslate } from 'react-admin';

/** "Pinned", in words and with a pin: the rank was set by the regie team, not by the score; the reason on hover. */
export const PinnedBadge = ({ reason }: { reason?: string | null }) => {
  const translate = useTranslate();
  return (
    <Tooltip title={reason ? translate('regie.roadmap.pinned_because', { reason }) : translate('regie.roadmap.pinned_by_regie')}>
      <Chip size="small" variant="outlined" color="secondary" icon={<PushPinIcon />} label={translate('regie.roadmap.pinned')} data-testid="pinned-badge" sx={{ height: 22 }} />
    </Tooltip>
  );
};
