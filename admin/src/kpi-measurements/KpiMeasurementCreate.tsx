import { Create, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../errors';
import { KpiMeasurementInputs } from './KpiMeasurementInputs';
import { toKpiPage } from './redirect';

// "Add measurement" on a KPI's page opens this with the KPI filled in (router state).
export const KpiMeasurementCreate = () => {
  const onError = useSaveErrorHandler();
  return (
    <Create redirect={toKpiPage} mutationOptions={{ onError }}>
      <SimpleForm>
        <KpiMeasurementInputs />
      </SimpleForm>
    </Create>
  );
};
