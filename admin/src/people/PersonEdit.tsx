import { Edit, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../errors';
import { PersonInputs, withoutEmptyPassword } from './PersonInputs';

// Pessimistic like every edit: a stale version or a taken email shows while the form is open.
export const PersonEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit mutationMode="pessimistic" redirect="list" mutationOptions={{ onError }} transform={withoutEmptyPassword}>
      <SimpleForm>
        <PersonInputs />
      </SimpleForm>
    </Edit>
  );
};
