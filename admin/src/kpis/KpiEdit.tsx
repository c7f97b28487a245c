import { Edit, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../errors';
import { KpiInputs } from './KpiInputs';
import { OwnDepartmentOnly } from './OwnDepartmentOnly';

// Pessimistic like every edit: a stale version shows while the form is open.
export const KpiEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
      <OwnDepartmentOnly resource="Kpi">
        <SimpleForm>
          <KpiInputs />
        </SimpleForm>
      </OwnDepartmentOnly>
    </Edit>
  );
};
