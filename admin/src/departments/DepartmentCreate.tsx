import { Create, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../errors';
import { DepartmentInputs } from './DepartmentInputs';

export const DepartmentCreate = () => {
  const onError = useSaveErrorHandler();
  return (
    <Create redirect="list" mutationOptions={{ onError }}>
      <SimpleForm>
        <DepartmentInputs />
      </SimpleForm>
    </Create>
  );
};
