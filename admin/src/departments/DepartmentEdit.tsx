import { Edit, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../errors';
import { CapacityInput } from './CapacityInput';
import { DepartmentInputs } from './DepartmentInputs';

// Pessimistic, so that a refusal (a stale version, a taken code) shows while the form is still open.
// The record's `version` travels with the form values; updateDepartment checks it. The data
// provider sends the capacities as CapacityInputs (quarter and person-weeks only).
export const DepartmentEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit mutationMode="pessimistic" redirect="list" mutationOptions={{ onError }}>
      <SimpleForm>
        <DepartmentInputs />
        <CapacityInput />
      </SimpleForm>
    </Edit>
  );
};
