import { FunctionField, NumberField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DayField } from '../common/DayField';
import { Facts } from '../common/Facts';
import { ReferenceChips } from '../common/ReferenceChips';
import { JourneyStages } from './JourneyStages';
import type { JourneyRecord } from './types';

/** The journey page: its targets, then its stages in order. */
export const JourneyShow = () => (
  <Show>
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
