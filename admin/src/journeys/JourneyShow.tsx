import NpsIcon from '@mui/icons-material/Insights';
import { Link } from 'react-router-dom';
import { Button, EditButton, FunctionField, NumberField, ReferenceField, Show, SimpleShowLayout, TextField, TopToolbar, useRecordContext } from 'react-admin';
import { DayField } from '../common/DayField';
import { Facts } from '../common/Facts';
import { ReferenceChips } from '../common/ReferenceChips';
import { journeyNpsPath } from '../nps/paths';
import { JourneyStages } from './JourneyStages';
import type { JourneyRecord } from './types';

/** To the journey's NPS page (trend, stages, channels, segments); Edit for the regie team. */
const JourneyActions = () => {
  const journey = useRecordContext<JourneyRecord>();
  return (
    <TopToolbar>
      {journey && (
        <Button component={Link} to={journeyNpsPath(journey.id)} label="NPS">
          <NpsIcon />
        </Button>
      )}
      <EditButton />
    </TopToolbar>
  );
};

/** The journey page: its targets, then its stages in order with their NPS. */
export const JourneyShow = () => (
  <Show actions={<JourneyActions />}>
    <Facts>
      <ReferenceField source="ownerId" reference="Person" label="Owner" emptyText="—" />
      <ReferenceChips source="segmentIds" reference="Segment" label="Segments" />
      <NumberField source="targetNps" label="Target NPS" emptyText="—" />
      <DayField source="targetDate" label="Target date" />
      <FunctionField<JourneyRecord> source="stageIds" label="Stages" render={journey => journey.stageIds.length} />
    </Facts>
    <SimpleShowLayout>
      <TextField source="description" emptyText="—" />
    </SimpleShowLayout>
    <JourneyStages />
  </Show>
);
