import { DataTable, List, ReferenceInput, SelectInput, TextField, useRecordContext, useTranslate } from 'react-admin';
import { DayField } from '../common/DayField';
import { ListActions } from '../common/ListActions';
import { pillarKey } from '../initiatives/choices';
import { PILLARS } from './latest';
import { PillarScoreField, ScoreBar } from './PillarScoresField';
import { ASSESSMENT_FIELDS } from './queries';
import type { MaturityAssessmentRecord } from './types';

const filters = [
  <ReferenceInput key="departmentId" source="departmentId" reference="Department" sort={{ field: 'name', order: 'ASC' }} perPage={500} alwaysOn>
    <SelectInput />
  </ReferenceInput>,
];

const OverallField = (_props: { label?: string }) => {
  const assessment = useRecordContext<MaturityAssessmentRecord>();
  return assessment ? <ScoreBar score={assessment.overall} /> : null;
};

const COMPACT = { '& .MuiTableCell-root': { px: 1 }, '& thead th': { whiteSpace: 'nowrap' } } as const;

/** Every assessment, the latest first: each department's pillar scores at each day it was assessed. */
export const MaturityList = () => {
  const translate = useTranslate();
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: 'assessedAt', order: 'DESC' }} perPage={25} queryOptions={{ meta: { sparseFields: ASSESSMENT_FIELDS } }}>
      <DataTable rowClick="show" bulkActionButtons={false} sx={COMPACT}>
        {/* Sorted by the department's name, not its id (the server sorts by a reference's field). */}
        <DataTable.Col source="department.name" label="resources.MaturityAssessment.fields.departmentId">
          <TextField source="department.name" />
        </DataTable.Col>
        <DataTable.Col source="assessedAt">
          <DayField source="assessedAt" />
        </DataTable.Col>
        {PILLARS.map(pillar => (
          <DataTable.Col key={pillar} label={translate(pillarKey(pillar))} disableSort>
            <PillarScoreField pillar={pillar} />
          </DataTable.Col>
        ))}
        <DataTable.Col source="overall">
          <OverallField />
        </DataTable.Col>
        <DataTable.Col source="assessedByName" />
      </DataTable>
    </List>
  );
};
