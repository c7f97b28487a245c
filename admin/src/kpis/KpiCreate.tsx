import { Create, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../errors';
import { readSession } from '../session';
import { KpiInputs } from './KpiInputs';

/** A new KPI starts as the signed-in person's department's: a lead's stays so (KpiInputs). */
const startingValues = () => ({ departmentId: readSession()?.person.departmentId ?? undefined, direction: 'HIGHER_IS_BETTER', stageIds: [] });

// To its page, where its measurements are added.
export const KpiCreate = () => {
  const onError = useSaveErrorHandler();
  return (
    <Create redirect="show" mutationOptions={{ onError }}>
      <SimpleForm defaultValues={startingValues()}>
        <KpiInputs />
      </SimpleForm>
    </Create>
  );
};
