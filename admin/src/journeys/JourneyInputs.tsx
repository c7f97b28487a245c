import { AutocompleteArrayInput, AutocompleteInput, DateInput, NumberInput, ReferenceArrayInput, ReferenceInput, required, TextInput } from 'react-admin';
import { npsTarget } from '../common/validators';

const BY_NAME = { field: 'name', order: 'ASC' } as const;

// The server checks the rest (a unique name, existing people and segments) and its messages land on these inputs.
export const JourneyInputs = () => (
  <>
    <TextInput source="name" validate={required()} />
    <TextInput source="description" multiline minRows={2} />
    <ReferenceInput source="ownerId" reference="Person" sort={BY_NAME}>
      <AutocompleteInput label="Owner" helperText="Who answers for this journey" />
    </ReferenceInput>
    <ReferenceArrayInput source="segmentIds" reference="Segment" sort={BY_NAME} perPage={1000}>
      <AutocompleteArrayInput label="Segments" />
    </ReferenceArrayInput>
    <NumberInput source="targetNps" label="Target NPS" step={1} validate={npsTarget} helperText="−100 to 100; stages without their own target use it" />
    <DateInput source="targetDate" label="Target date" helperText="When the target should be reached" />
  </>
);
