import { Edit, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../errors';
import { KpiInputs } from './KpiInputs';

// Pessimistic like every edit: a stale version shows while the form is open.
export const KpiEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
      <SimpleForm>
        <KpiInputs />
      </SimpleForm>
    </Edit>
  );
};
