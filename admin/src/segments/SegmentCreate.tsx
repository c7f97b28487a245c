import { Create, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../errors';
import { SegmentInputs } from './SegmentInputs';

export const SegmentCreate = () => {
  const onError = useSaveErrorHandler();
  return (
    <Create redirect="list" mutationOptions={{ onError }}>
      <SimpleForm>
        <SegmentInputs />
      </SimpleForm>
    </Create>
  );
};
