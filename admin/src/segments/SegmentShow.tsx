import { ChipField, ReferenceManyField, Show, SimpleShowLayout, SingleFieldList, TextField } from 'react-admin';
import { DateField, NumberField } from '../i18n/fields';
import { SHARE_FORMAT } from './share';

export const SegmentShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <NumberField source="share" options={SHARE_FORMAT} emptyText="—" />
      <TextField source="description" emptyText="—" />
      <ReferenceManyField reference="Journey" target="segmentId" label="regie.segments.journeys" sort={{ field: 'name', order: 'ASC' }} perPage={100}>
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
