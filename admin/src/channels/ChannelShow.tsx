import { DataTable, DateField, NumberField, ReferenceField, ReferenceManyField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { ImportanceField } from '../journey-stages/ImportanceField';

export const ChannelShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="description" emptyText="—" />
      <ReferenceManyField reference="JourneyStage" target="channelId" label="Stages in this channel" sort={{ field: 'journeyId', order: 'ASC' }} perPage={100}>
        <DataTable rowClick="show" bulkActionButtons={false} empty={<>—</>}>
          <DataTable.Col source="journeyId" label="Journey" disableSort>
            <ReferenceField source="journeyId" reference="Journey" link={false} />
          </DataTable.Col>
          <DataTable.NumberCol source="position" label="#" disableSort />
          <DataTable.Col source="name" label="Stage" disableSort />
          <DataTable.Col source="importance" disableSort>
            <ImportanceField />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
      <NumberField source="version" />
      <DateField source="createdAt" label="Created" showTime />
      <DateField source="updatedAt" label="Updated" showTime />
    </SimpleShowLayout>
  </Show>
);
