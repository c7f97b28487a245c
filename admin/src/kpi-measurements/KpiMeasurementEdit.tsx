import { Edit, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../errors';
import { OwnDepartmentOnly } from '../kpis/OwnDepartmentOnly';
import { KpiMeasurementInputs } from './KpiMeasurementInputs';
import { toKpiPage } from './redirect';

// Pessimistic like every edit: a stale version or a period already measured shows while the form is open.
export const KpiMeasurementEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit mutationMode="pessimistic" redirect={toKpiPage} mutationOptions={{ onError }}>
      <OwnDepartmentOnly resource="KpiMeasurement">
        <SimpleForm>
          <KpiMeasurementInputs />
        </SimpleForm>
      </OwnDepartmentOnly>
    </Edit>
  );
};
