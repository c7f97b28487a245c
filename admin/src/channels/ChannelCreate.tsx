import { Create, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../errors';
import { ChannelInputs } from './ChannelInputs';

export const ChannelCreate = () => {
  const onError = useSaveErrorHandler();
  return (
    <Create redirect="list" mutationOptions={{ onError }}>
      <SimpleForm>
        <ChannelInputs />
      </SimpleForm>
    </Create>
  );
};
