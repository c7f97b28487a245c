import { AutocompleteArrayInput, AutocompleteInput, NumberInput, ReferenceArrayInput, ReferenceInput, required, SelectInput, TextInput } from 'react-admin';
import { useStageLabel } from '../journey-stages/stageLabel';
import type { JourneyStageRecord } from '../journey-stages/types';
import { departmentLocked } from './OwnDepartmentOnly';
import { DIRECTION_CHOICES } from './values';

const BY_NAME = { field: 'name', order: 'ASC' } as const;
const BY_JOURNEY = { field: 'journeyId', order: 'ASC' } as const;

// The server checks the rest (existing department and stages) and its messages land on these inputs.
export const KpiInputs = () => {
  const stageLabel = useStageLabel();
  const locked = departmentLocked();
  return (
    <>
      <TextInput source="name" validate={required()} />
      <ReferenceInput source="departmentId" reference="Department" sort={BY_NAME} perPage={1000}>
        <AutocompleteInput validate={required()} readOnly={locked} helperText={locked ? 'regie.kpis.own_department' : 'regie.kpis.department_help'} />
      </ReferenceInput>
      <TextInput source="unit" validate={required()} helperText="regie.kpis.unit_help" />
      <SelectInput source="direction" choices={DIRECTION_CHOICES} validate={required()} />
      <NumberInput source="target" helperText="regie.kpis.target_help" />
      <ReferenceArrayInput source="stageIds" reference="JourneyStage" sort={BY_JOURNEY} perPage={1000}>
        <AutocompleteArrayInput<JourneyStageRecord> optionText={stageLabel} helperText="regie.kpis.stages_help" />
      </ReferenceArrayInput>
      <TextInput source="description" multiline minRows={2} />
    </>
  );
};
