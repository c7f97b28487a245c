import NpsIcon from '@mui/icons-material/Insights';
import { Link } from 'react-router-dom';
import { Button, EditButton, FunctionField, ReferenceField, Show, SimpleShowLayout, TextField, TopToolbar, useRecordContext } from 'react-admin';
import { DayField } from '../common/DayField';
import { Facts } from '../common/Facts';
import { NumberField } from '../i18n/fields';
import { ReferenceChips } from '../common/ReferenceChips';
import { JourneyMapButton } from '../journey-map/JourneyMapButton';
import { journeyNpsPath } from '../nps/paths';
import { JourneyStages } from './JourneyStages';
import type { JourneyRecord } from './types';

/** To the journey's NPS page (trend, stages, channels, segments); Edit for the regie team. */
const JourneyActions = () => {
  const journey = useRecordContext<JourneyRecord>();
  return (
    <TopToolbar>
      {journey && (
        <Button component={Link} to={journeyNpsPath(journey.id)} label="regie.journeys.nps">
          <NpsIcon />
        </Button>
      )}
      <JourneyMapButton />
      <EditButton />
    </TopToolbar>
  );
};

/** The journey page: its targets, then its stages in order with their NPS. */
export const JourneyShow = () => (
  <Show actions={<JourneyActions />}>
    <Facts>
      <ReferenceField source="ownerId" reference="Person" emptyText="—" />
      <ReferenceChips source="segmentIds" reference="Segment" />
      <NumberField source="targetNps" emptyText="—" />
      <DayField source="targetDate" />
      <FunctionField<JourneyRecord> source="stageIds" render={journey => journey.stageIds.length} />
    </Facts>
    <SimpleShowLayout>
      <TextField source="description" emptyText="—" />
    </SimpleShowLayout>
    <JourneyStages />
  </Show>
);
