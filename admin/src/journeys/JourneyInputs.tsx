import { AutocompleteArrayInput, AutocompleteInput, DateInput, NumberInput, ReferenceArrayInput, ReferenceInput, required, TextInput } from 'react-admin';
import { npsTarget } from '../common/validators';

const BY_NAME = { field: 'name', order: 'ASC' } as const;

// The server checks the rest (a unique name, existing people and segments) and its messages land on these inputs.
export const JourneyInputs = () => (
  <>
    <TextInput source="name" validate={required()} />
    <TextInput source="description" multiline minRows={2} />
    <ReferenceInput source="ownerId" reference="Person" sort={BY_NAME}>
      <AutocompleteInput helperText="regie.journeys.owner_help" />
    </ReferenceInput>
    <ReferenceArrayInput source="segmentIds" reference="Segment" sort={BY_NAME} perPage={1000}>
      <AutocompleteArrayInput />
    </ReferenceArrayInput>
    <NumberInput source="targetNps" step={1} validate={npsTarget} helperText="regie.journeys.target_help" />
    <DateInput source="targetDate" helperText="regie.journeys.target_date_help" />
  </>
);
