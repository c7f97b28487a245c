import { DateField, Labeled, NumberField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { LevelsField } from './LevelsField';
import { VersionField } from './VersionField';

// No edit, no delete: a change is a new version.
export const ScoringModelShow = () => (
  <Show actions={false}>
    <SimpleShowLayout>
      <Labeled label="Version">
        <VersionField />
      </Labeled>
      <Labeled label="Impact levels">
        <LevelsField />
      </Labeled>
      <NumberField source="gapWeight" label="Gap weight" />
      <NumberField source="minResponses" label="Minimum responses" />
      <NumberField source="windowDays" label="Window (days)" />
      <NumberField source="commercialWeight" label="Commercial weight" />
      <TextField source="reason" sx={{ whiteSpace: 'pre-wrap' }} />
      <TextField source="createdByName" label="Made by" emptyText="—" />
      <DateField source="createdAt" label="When" showTime />
    </SimpleShowLayout>
  </Show>
);
