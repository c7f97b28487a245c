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
  useTranslate,
  type Validator,
} from 'react-admin';
import { useFormat } from '../common/useFormat';
import { readSession } from '../session';
import { useLevelValues } from '../scoring/useLevelValues';
import { COMMERCIAL_VALUE_CHOICES, impactLevelChoices, PILLAR_CHOICES } from './choices';
import { ConfidenceInput } from './ConfidenceInput';
import { LiveScore } from './LiveScore';
import { quarterChoices } from './quarters';
import { StageImpactsInput } from './StageImpactsInput';

// The server checks the rest (at most 10 000 person-weeks, active owners, existing stages) and its
// messages land on these inputs (e.g. `impacts.1.stageId` under that row's stage).
const moreThanZero: Validator = value => (value != null && value !== '' && Number(value) <= 0 ? 'regie.initiatives.inputs.more_than_zero' : undefined);

const notTheOwner: Validator = (value: string[] | undefined, values: { departmentId?: string }) =>
  value?.some(id => String(id) === String(values.departmentId)) ? 'regie.initiatives.inputs.not_the_owner' : undefined;

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
  const translate = useTranslate();
  const format = useFormat();
  const locked = departmentLocked();
  const levels = impactLevelChoices(translate, useLevelValues(), value => format.number(value))
    .map(choice => choice.name.replace(' · ', ' '))
    .join(', ');
  return (
    <>
      <TextInput source="title" validate={[required(), maxLength(200)]} />
      <TextInput source="description" multiline minRows={3} helperText="regie.initiatives.inputs.description_help" />
      <Row>
        <ReferenceInput source="departmentId" reference="Department" sort={{ field: 'name', order: 'ASC' }} perPage={500}>
          <AutocompleteInput
            validate={required()}
            readOnly={locked}
            helperText={locked ? 'regie.initiatives.inputs.own_department' : 'regie.initiatives.inputs.owning_department'}
          />
        </ReferenceInput>
        <ReferenceInput source="ownerId" reference="Person" filter={{ active: true }} sort={{ field: 'name', order: 'ASC' }}>
          <AutocompleteInput helperText="regie.initiatives.inputs.owner_help" />
        </ReferenceInput>
        <SelectInput source="pillar" choices={PILLAR_CHOICES} validate={required()} />
      </Row>
      <Row>
        <NumberInput source="effort" validate={[required(), moreThanZero]} min={0} step={0.5} />
        <ConfidenceInput source="confidence" helperText="regie.initiatives.inputs.confidence_help" />
        <RadioButtonGroupInput
          source="commercialValue"
          choices={COMMERCIAL_VALUE_CHOICES}
          row
          validate={required()}
          helperText="regie.initiatives.inputs.commercial_help"
        />
      </Row>
      <Row>
        <SelectInput source="targetQuarter" choices={quarterChoices(record?.targetQuarter)} emptyText="regie.initiatives.inputs.no_target" />
        <ReferenceArrayInput source="contributingDepartmentIds" reference="Department" sort={{ field: 'name', order: 'ASC' }} perPage={500}>
          <AutocompleteArrayInput validate={notTheOwner} helperText="regie.initiatives.inputs.contributing_help" />
        </ReferenceArrayInput>
      </Row>
      <Heading>{translate('regie.initiatives.inputs.stage_impacts')}</Heading>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('regie.initiatives.inputs.stage_impacts_help', { levels })}
      </Typography>
      <StageImpactsInput />
      <Heading>{translate('regie.initiatives.inputs.score')}</Heading>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('regie.initiatives.inputs.score_help')}
      </Typography>
      <LiveScore />
    </>
  );
};
