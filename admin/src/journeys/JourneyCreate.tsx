import { Create, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../errors';
import { JourneyInputs } from './JourneyInputs';

// To its page, where its stages are added.
export const JourneyCreate = () => {
  const onError = useSaveErrorHandler();
  return (
    <Create redirect="show" mutationOptions={{ onError }}>
      <SimpleForm defaultValues={{ segmentIds: [] }}>
        <JourneyInputs />
      </SimpleForm>
    </Create>
  );
};
