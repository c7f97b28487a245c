import { Labeled, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateField, NumberField } from '../i18n/fields';
import { LevelsField } from './LevelsField';
import { VersionField } from './VersionField';

// No edit, no delete: a change is a new version.
export const ScoringModelShow = () => (
  <Show actions={false}>
    <SimpleShowLayout>
      <Labeled label="resources.ScoringModel.fields.version">
        <VersionField />
      </Labeled>
      <Labeled label="resources.ScoringModel.fields.levels">
        <LevelsField />
      </Labeled>
      <NumberField source="gapWeight" />
      <NumberField source="minResponses" />
      <NumberField source="windowDays" />
      <NumberField source="commercialWeight" />
      <TextField source="reason" sx={{ whiteSpace: 'pre-wrap' }} />
      <TextField source="createdByName" emptyText="—" />
      <DateField source="createdAt" showTime />
    </SimpleShowLayout>
  </Show>
);
