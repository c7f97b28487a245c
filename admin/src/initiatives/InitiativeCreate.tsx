import { Create, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../errors';
import { readSession } from '../session';
import { InitiativeInputs } from './InitiativeInputs';

/** A new initiative starts as a proposal of the signed-in person's department, owned by them. */
const startingValues = () => {
  const person = readSession()?.person;
  return { departmentId: person?.departmentId ?? undefined, ownerId: person?.id, confidence: 0.5, commercialValue: 3, impacts: [] };
};

export const InitiativeCreate = () => {
  const onError = useSaveErrorHandler();
  return (
    <Create redirect="show" mutationOptions={{ onError }}>
      <SimpleForm defaultValues={startingValues()}>
        <InitiativeInputs />
      </SimpleForm>
    </Create>
  );
};
