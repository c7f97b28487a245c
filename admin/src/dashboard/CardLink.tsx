import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import { Button } from '@mui/material';
import { Link } from 'react-router-dom';

/** A card's way to its full page, beside the card's title. */
export const CardLink = ({ to, label, testId }: { to: string; label: string; testId?: string }) => (
  <Button component={Link} to={to} size="small" endIcon={<ArrowForwardIcon />} sx={{ whiteSpace: 'nowrap', flexShrink: 0 }} data-testid={testId}>
    {label}
  </Button>
);
