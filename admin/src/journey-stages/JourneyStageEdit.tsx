import { Edit, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../errors';
import { JourneyStageInputs } from './JourneyStageInputs';
import { toJourneyPage } from './redirect';

// Pessimistic like every edit: a stale version or a position out of range shows while the form is open.
export const JourneyStageEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit mutationMode="pessimistic" redirect={toJourneyPage} mutationOptions={{ onError }}>
      <SimpleForm>
        <JourneyStageInputs />
      </SimpleForm>
    </Edit>
  );
};
