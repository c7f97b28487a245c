import { Create, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../errors';
import { KpiInputs } from './KpiInputs';

// To its page, where its measurements are added.
export const KpiCreate = () => {
  const onError = useSaveErrorHandler();
  return (
    <Create redirect="show" mutationOptions={{ onError }}>
      <SimpleForm defaultValues={{ direction: 'HIGHER_IS_BETTER', stageIds: [] }}>
        <KpiInputs />
      </SimpleForm>
    </Create>
  );
};
