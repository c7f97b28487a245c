import { Create, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../errors';
import { JourneyStageInputs } from './JourneyStageInputs';
import { toJourneyPage } from './redirect';

// "Add stage" on a journey's page opens this with the journey filled in (router state).
export const JourneyStageCreate = () => {
  const onError = useSaveErrorHandler();
  return (
    <Create redirect={toJourneyPage} mutationOptions={{ onError }}>
      <SimpleForm defaultValues={{ importance: 3, channelIds: [] }}>
        <JourneyStageInputs isNew />
      </SimpleForm>
    </Create>
  );
};
