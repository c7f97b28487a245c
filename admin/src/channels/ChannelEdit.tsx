import { Edit, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../errors';
import { ChannelInputs } from './ChannelInputs';

// Pessimistic like every edit: a stale version or a taken name shows while the form is open.
export const ChannelEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit mutationMode="pessimistic" redirect="list" mutationOptions={{ onError }}>
      <SimpleForm>
        <ChannelInputs />
      </SimpleForm>
    </Edit>
  );
};
