import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  NumberInput,
  RadioButtonGroupInput,
  ReferenceArrayInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  maxLength,
  required,
  useRecordContext,
  type Validator,
} from 'react-admin';
import { readSession } from '../session';
import { useLevelValues } from '../scoring/useLevelValues';
import { COMMERCIAL_VALUE_CHOICES, impactLevelChoices, PILLAR_CHOICES } from './choices';
import { ConfidenceInput } from './ConfidenceInput';
import { LiveScore } from './LiveScore';
import { quarterChoices } from './quarters';
import { StageImpactsInput } from './StageImpactsInput';

// The server checks the rest (at most 10 000 person-weeks, active owners, existing stages) and its
// messages land on these inputs (e.g. `impacts.1.stageId` under that row's stage).
const moreThanZero: Validator = value => (value != null && value !== '' && Number(value) <= 0 ? 'More than 0 person-weeks' : undefined);

const notTheOwner: Validator = (value: string[] | undefined, values: { departmentId?: string }) =>
  value?.some(id => String(id) === String(values.departmentId)) ? 'The owning department is not also a contributor' : undefined;

const Row = ({ children }: { children: ReactNode }) => (
  <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2, width: '100%', '& > *': { flex: '1 1 220px' } }}>{children}</Box>
);

const Heading = ({ children }: { children: ReactNode }) => (
  <Typography variant="h6" component="h2" sx={{ mt: 2, mb: 0.5 }}>
    {children}
  </Typography>
);

/** Only the regie team moves an initiative to another department; a lead's stays their own. */
const departmentLocked = () => readSession()?.person.role !== 'REGIE';

export const InitiativeInputs = () => {
  const record = useRecordContext<{ targetQuarter?: string }>();
  const locked = departmentLocked();
  const levels = impactLevelChoices(useLevelValues())
    .map(choice => choice.name.replace(' · ', ' '))
    .join(', ');
  return (
    <>
      <TextInput source="title" validate={[required(), maxLength(200)]} />
      <TextInput source="description" multiline minRows={3} helperText="What changes for the customer, and how" />
      <Row>
        <ReferenceInput source="departmentId" reference="Department" sort={{ field: 'name', order: 'ASC' }} perPage={500}>
          <AutocompleteInput
            label="Department"
            validate={required()}
            readOnly={locked}
            helperText={locked ? 'Your own department' : 'The department that owns it'}
          />
        </ReferenceInput>
        <ReferenceInput source="ownerId" reference="Person" filter={{ active: true }} sort={{ field: 'name', order: 'ASC' }}>
          <AutocompleteInput label="Owner" helperText="Who answers for it" />
        </ReferenceInput>
        <SelectInput source="pillar" choices={PILLAR_CHOICES} validate={required()} />
      </Row>
      <Row>
        <NumberInput source="effort" label="Effort (person-weeks)" validate={[required(), moreThanZero]} min={0} step={0.5} />
        <ConfidenceInput source="confidence" helperText="How sure the estimate of effort and impact is" />
        <RadioButtonGroupInput
          source="commercialValue"
          label="Commercial value"
          choices={COMMERCIAL_VALUE_CHOICES}
          row
          validate={required()}
          helperText="1 low · 3 neutral · 5 high"
        />
      </Row>
      <Row>
        <SelectInput source="targetQuarter" label="Target quarter" choices={quarterChoices(record?.targetQuarter)} emptyText="No target yet" />
        <ReferenceArrayInput source="contributingDepartmentIds" reference="Department" sort={{ field: 'name', order: 'ASC' }} perPage={500}>
          <AutocompleteArrayInput label="Contributing departments" validate={notTheOwner} helperText="Other departments that work on it" />
        </ReferenceArrayInput>
      </Row>
      <Heading>Stage impacts</Heading>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        The journey stages it changes for the customer, and how much: {levels}.
      </Typography>
      <StageImpactsInput />
      <Heading>Score</Heading>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        What the regie team's roadmap ranks it by: its journey impact × confidence × business factor ÷ effort, as you fill in the form.
      </Typography>
      <LiveScore />
    </>
  );
};
