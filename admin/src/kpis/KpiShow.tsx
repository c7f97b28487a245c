import { ReferenceArrayField, ReferenceField, SelectField, Show, SimpleShowLayout, SingleFieldList, TextField } from 'react-admin';
import { NumberField } from '../i18n/fields';
import { Facts } from '../common/Facts';
import { StageChip } from '../journey-stages/StageChip';
import { KpiMeasurements } from './KpiMeasurements';
import { LatestMeasurementField } from './LatestMeasurementField';
import { DIRECTION_CHOICES } from './values';

/** The KPI page: what it measures, for which moments, and its measurements over time. */
export const KpiShow = () => (
  <Show>
    <Facts>
      <ReferenceField source="departmentId" reference="Department" />
      <TextField source="unit" />
      <SelectField source="direction" choices={DIRECTION_CHOICES} />
      <NumberField source="target" emptyText="—" />
      <LatestMeasurementField source="latest" />
    </Facts>
    <SimpleShowLayout>
      <TextField source="description" emptyText="—" />
      <ReferenceArrayField source="stageIds" reference="JourneyStage" label="regie.kpis.serves">
        <SingleFieldList linkType="show" empty={<>—</>} sx={{ gap: 0.5, flexWrap: 'wrap' }}>
          <StageChip />
        </SingleFieldList>
      </ReferenceArrayField>
    </SimpleShowLayout>
    <KpiMeasurements />
  </Show>
);
