import { DataTable, ReferenceField, ReferenceManyField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateField, NumberCol, NumberField } from '../i18n/fields';
import { ImportanceField } from '../journey-stages/ImportanceField';

export const ChannelShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="description" emptyText="—" />
      <ReferenceManyField reference="JourneyStage" target="channelId" label="regie.channels.stages" sort={{ field: 'journeyId', order: 'ASC' }} perPage={100}>
        <DataTable rowClick="show" bulkActionButtons={false} empty={<>—</>}>
          <DataTable.Col source="journeyId" label="regie.channels.journey" disableSort>
            <ReferenceField source="journeyId" reference="Journey" link={false} />
          </DataTable.Col>
          <NumberCol source="position" label="#" disableSort />
          <DataTable.Col source="name" label="regie.channels.stage" disableSort />
          <DataTable.Col source="importance" disableSort>
            <ImportanceField />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
      <NumberField source="version" />
      <DateField source="createdAt" showTime />
      <DateField source="updatedAt" showTime />
    </SimpleShowLayout>
  </Show>
);
