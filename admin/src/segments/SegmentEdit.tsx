import { Edit, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../errors';
import { SegmentInputs } from './SegmentInputs';

// Pessimistic like every edit: a stale version or a taken name shows while the form is open.
export const SegmentEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit mutationMode="pessimistic" redirect="list" mutationOptions={{ onError }}>
      <SimpleForm>
        <SegmentInputs />
      </SimpleForm>
    </Edit>
  );
};
