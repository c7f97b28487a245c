import { Labeled, ReferenceField, ReferenceManyField, Show, SimpleShowLayout, SingleFieldList, TextField, ChipField } from 'react-admin';
import { ReferenceChips } from '../common/ReferenceChips';
import { DateField, NumberField } from '../i18n/fields';
import { ImportanceField } from './ImportanceField';
import { ReachField } from './ReachField';
import { StageTargetField } from './StageTargetField';

export const JourneyStageShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="journeyId" reference="Journey" />
      <NumberField source="position" />
      <TextField source="name" />
      <TextField source="description" emptyText="—" />
      <ImportanceField label="resources.JourneyStage.fields.importance" />
      <Labeled label="resources.JourneyStage.fields.reach" sx={{ width: 280 }}>
        <ReachField />
      </Labeled>
      <ReferenceChips source="channelIds" reference="Channel" />
      <StageTargetField label="resources.JourneyStage.fields.targetNps" />
      <ReferenceManyField reference="Kpi" target="stageId" label="regie.journey_stages.kpis" sort={{ field: 'name', order: 'ASC' }} perPage={100}>
        <SingleFieldList linkType="show" empty={<>—</>} sx={{ gap: 0.5, flexWrap: 'wrap' }}>
          <ChipField source="name" size="small" />
        </SingleFieldList>
      </ReferenceManyField>
      <NumberField source="version" />
      <DateField source="createdAt" showTime />
      <DateField source="updatedAt" showTime />
    </SimpleShowLayout>
  </Show>
);
