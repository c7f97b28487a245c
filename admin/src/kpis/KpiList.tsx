import { AutocompleteInput, DataTable, List, ReferenceField, ReferenceInput, SearchInput, SelectField, SelectInput } from 'react-admin';
import { ListActions } from '../common/ListActions';
import { ReferenceCol } from '../common/ReferenceCol';
import { NumberCol } from '../i18n/fields';
import { useStageLabel } from '../journey-stages/stageLabel';
import type { JourneyStageRecord } from '../journey-stages/types';
import { LatestMeasurementField } from './LatestMeasurementField';
import { bulkActionsForRole } from './OwnDepartmentOnly';
import { DIRECTION_CHOICES } from './values';

const BY_NAME = { field: 'name', order: 'ASC' } as const;

/** A KPI's stage filter picks the stage by its journey and name. */
const StageFilter = ({ label }: { source: string; label: string; alwaysOn?: boolean }) => {
  const stageLabel = useStageLabel();
  return (
    <ReferenceInput source="stageId" reference="JourneyStage" sort={{ field: 'journeyId', order: 'ASC' }} perPage={1000}>
      <AutocompleteInput<JourneyStageRecord> label={label} optionText={stageLabel} sx={{ minWidth: 400 }} />
    </ReferenceInput>
  );
};

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="departmentId" source="departmentId" reference="Department" sort={BY_NAME} perPage={1000} alwaysOn>
    <SelectInput />
  </ReferenceInput>,
  <SelectInput key="direction" source="direction" choices={DIRECTION_CHOICES} />,
  <StageFilter key="stageId" source="stageId" label="resources.Kpi.fields.stageId" />,
];

export const KpiList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'name', order: 'ASC' }} perPage={25}>
    <DataTable rowClick="show" bulkActionButtons={bulkActionsForRole()}>
      <DataTable.Col source="name" />
      <ReferenceCol source="departmentId" sortBy="department.name">
        <ReferenceField source="departmentId" reference="Department" link={false} />
      </ReferenceCol>
      <DataTable.Col source="unit" />
      <DataTable.Col source="direction">
        <SelectField source="direction" choices={DIRECTION_CHOICES} sx={{ whiteSpace: 'nowrap' }} />
      </DataTable.Col>
      <NumberCol source="target" />
      <DataTable.Col label="resources.Kpi.fields.latest" disableSort align="right">
        <LatestMeasurementField />
      </DataTable.Col>
    </DataTable>
  </List>
);
