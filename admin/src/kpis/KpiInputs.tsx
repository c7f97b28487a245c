import { AutocompleteArrayInput, AutocompleteInput, NumberInput, ReferenceArrayInput, ReferenceInput, required, SelectInput, TextInput } from 'react-admin';
import { useStageLabel } from '../journey-stages/stageLabel';
import type { JourneyStageRecord } from '../journey-stages/types';
import { DIRECTION_CHOICES } from './values';

const BY_NAME = { field: 'name', order: 'ASC' } as const;
const BY_JOURNEY = { field: 'journeyId', order: 'ASC' } as const;

// The server checks the rest (existing department and stages) and its messages land on these inputs.
export const KpiInputs = () => {
  const stageLabel = useStageLabel();
  return (
    <>
      <TextInput source="name" validate={required()} />
      <ReferenceInput source="departmentId" reference="Department" sort={BY_NAME} perPage={1000}>
        <AutocompleteInput label="Department" validate={required()} helperText="The department that owns the KPI" />
      </ReferenceInput>
      <TextInput source="unit" validate={required()} helperText="e.g. %, seconds, €, count" />
      <SelectInput source="direction" choices={DIRECTION_CHOICES} validate={required()} />
      <NumberInput source="target" helperText="In the unit above; empty: no target" />
      <ReferenceArrayInput source="stageIds" reference="JourneyStage" sort={BY_JOURNEY} perPage={1000}>
        <AutocompleteArrayInput<JourneyStageRecord> label="Journey stages" optionText={stageLabel} helperText="The moments this KPI serves" />
      </ReferenceArrayInput>
      <TextInput source="description" multiline minRows={2} />
    </>
  );
};
