import { ArrayInput, minValue, NumberInput, required, SimpleFormIterator, TextInput } from 'react-admin';
import { quarter } from '../common/periods';
import { eachQuarterOnce } from './capacities';

/** The department's person-weeks per quarter, sent whole as `capacities` (it replaces the list). */
export const CapacityInput = () => (
  <ArrayInput source="capacities" validate={eachQuarterOnce} helperText="regie.departments.capacities_help">
    <SimpleFormIterator inline disableReordering disableClear>
      <TextInput source="quarter" label="resources.Department.fields.quarter" placeholder="2027-Q1" validate={[required(), quarter]} helperText={false} sx={{ width: 180 }} />
      <NumberInput source="personWeeks" label="resources.Department.fields.personWeeks" min={0} validate={[required(), minValue(0)]} helperText={false} sx={{ width: 140 }} />
    </SimpleFormIterator>
  </ArrayInput>
);
