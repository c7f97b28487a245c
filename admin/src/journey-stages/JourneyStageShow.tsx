import { DateField, Labeled, NumberField, ReferenceField, ReferenceManyField, Show, SimpleShowLayout, SingleFieldList, TextField, ChipField } from 'react-admin';
import { ReferenceChips } from '../common/ReferenceChips';
import { ImportanceField } from './ImportanceField';
import { ReachField } from './ReachField';
import { StageTargetField } from './StageTargetField';

export const JourneyStageShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="journeyId" reference="Journey" label="Journey" />
      <NumberField source="position" />
      <TextField source="name" />
      <TextField source="description" emptyText="—" />
      <ImportanceField label="Importance" />
      <Labeled label="Reach" sx={{ width: 280 }}>
        <ReachField />
      </Labeled>
      <ReferenceChips source="channelIds" reference="Channel" label="Channels" />
      <StageTargetField label="Target NPS" />
      <ReferenceManyField reference="Kpi" target="stageId" label="KPIs serving this stage" sort={{ field: 'name', order: 'ASC' }} perPage={100}>
        <SingleFieldList linkType="show" empty={<>—</>} sx={{ gap: 0.5, flexWrap: 'wrap' }}>
          <ChipField source="name" size="small" />
        </SingleFieldList>
      </ReferenceManyField>
      <NumberField source="version" />
      <DateField source="createdAt" label="Created" showTime />
      <DateField source="updatedAt" label="Updated" showTime />
    </SimpleShowLayout>
  </Show>
);
