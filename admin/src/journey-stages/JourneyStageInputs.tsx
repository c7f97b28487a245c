import {
  AutocompleteArrayInput,
  AutocompleteInput,
  minValue,
  NumberInput,
  ReferenceArrayInput,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
} from 'react-admin';
import { PercentInput, percentRange } from '../common/PercentInput';
import { npsTarget, wholeNumber } from '../common/validators';
import { IMPORTANCE_CHOICES } from './importance';

const BY_NAME = { field: 'name', order: 'ASC' } as const;

// The server checks the rest (a position within the journey, existing channels) and its messages land on these inputs.
export const JourneyStageInputs = ({ isNew = false }: { isNew?: boolean }) => (
  <>
    <ReferenceInput source="journeyId" reference="Journey" sort={BY_NAME} perPage={1000}>
      <AutocompleteInput label="Journey" validate={required()} helperText={isNew ? false : 'Another journey moves the stage there, at the end unless a position is given'} />
    </ReferenceInput>
    <TextInput source="name" validate={required()} />
    <NumberInput
      source="position"
      min={1}
      step={1}
      validate={[wholeNumber, minValue(1)]}
      helperText={isNew ? 'Empty: after the last stage. The stages from this place on move one down' : 'The stages in between shift by one'}
    />
    <SelectInput source="importance" choices={IMPORTANCE_CHOICES} validate={required()} helperText="How much this moment matters to the customer" />
    <PercentInput source="reach" validate={[required(), percentRange]} helperText="Share of the journey's customers who pass through this stage" />
    <NumberInput source="targetNps" label="Target NPS" step={1} validate={npsTarget} helperText="−100 to 100; empty: the journey's target" />
    <ReferenceArrayInput source="channelIds" reference="Channel" sort={BY_NAME} perPage={1000}>
      <AutocompleteArrayInput label="Channels" helperText="Where this moment happens" />
    </ReferenceArrayInput>
    <TextInput source="description" multiline minRows={2} />
  </>
);
