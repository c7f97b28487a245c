import MapIcon from '@mui/icons-material/Map';
import type { MouseEvent } from 'react';
import { Button, useRecordContext, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { journeyMapPath } from './paths';

// Inside a list row, following the link must not also open the row.
const stopPropagation = (event: MouseEvent) => event.stopPropagation();

/** To the journey's map, from its page (the toolbar) or its row in the list. */
export const JourneyMapButton = (_props: { label?: string }) => {
  const journey = useRecordContext<{ id: string | number; name?: string }>();
  const translate = useTranslate();
  if (!journey) return null;
  return (
    <Button
      component={Link}
      to={journeyMapPath(journey.id)}
      onClick={stopPropagation}
      label={translate('regie.journey_map.button')}
      aria-label={translate('regie.journey_map.open', { journey: journey.name ?? '' })}
      data-testid="journey-map-button"
    >
      <MapIcon />
    </Button>
  );
};
