import { Edit, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../errors';
import { JourneyInputs } from './JourneyInputs';

// Pessimistic like every edit: a stale version or a taken name shows while the form is open.
export const JourneyEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
      <SimpleForm>
        <JourneyInputs />
      </SimpleForm>
    </Edit>
  );
};
