import { Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useCreatePath } from 'react-admin';
import type { StageFigures } from './types';

/** "Moving house › Connection at the new address", each part linked to its page. */
export const StageLinks = ({ stage }: { stage: StageFigures['stage'] }) => {
  const createPath = useCreatePath();
  return (
    <Typography variant="body2" component="span">
      <Link to={createPath({ resource: 'Journey', id: stage.journey.id, type: 'show' })}>{stage.journey.name}</Link>
      {' › '}
      <Typography variant="body2" component={Link} to={createPath({ resource: 'JourneyStage', id: stage.id, type: 'show' })} sx={{ fontWeight: 600 }} data-testid="stage-link">
        {stage.name}
      </Typography>
    </Typography>
  );
};
