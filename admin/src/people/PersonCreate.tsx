import { Create, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../errors';
import { PersonInputs, withoutEmptyPassword } from './PersonInputs';

export const PersonCreate = () => {
  const onError = useSaveErrorHandler();
  return (
    <Create redirect="list" mutationOptions={{ onError }} transform={withoutEmptyPassword}>
      <SimpleForm defaultValues={{ active: true }}>
        <PersonInputs isNew />
      </SimpleForm>
    </Create>
  );
};
