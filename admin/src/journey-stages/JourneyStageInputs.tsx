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
      <AutocompleteInput validate={required()} helperText={isNew ? false : 'regie.journey_stages.journey_help'} />
    </ReferenceInput>
    <TextInput source="name" validate={required()} />
    <NumberInput
      source="position"
      min={1}
      step={1}
      validate={[wholeNumber, minValue(1)]}
      helperText={isNew ? 'regie.journey_stages.position_help_new' : 'regie.journey_stages.position_help_edit'}
    />
    <SelectInput source="importance" choices={IMPORTANCE_CHOICES} validate={required()} helperText="regie.journey_stages.importance_help" />
    <PercentInput source="reach" validate={[required(), percentRange]} helperText="regie.journey_stages.reach_help" />
    <NumberInput source="targetNps" step={1} validate={npsTarget} helperText="regie.journey_stages.target_help" />
    <ReferenceArrayInput source="channelIds" reference="Channel" sort={BY_NAME} perPage={1000}>
      <AutocompleteArrayInput helperText="regie.journey_stages.channels_help" />
    </ReferenceArrayInput>
    <TextInput source="description" multiline minRows={2} />
  </>
);
