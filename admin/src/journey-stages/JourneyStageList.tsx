import { DataTable, List, ReferenceField, ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { ListActions } from '../common/ListActions';
import { NumberCol } from '../i18n/fields';
import { ReferenceChips } from '../common/ReferenceChips';
import { ReferenceCol } from '../common/ReferenceCol';
import { ImportanceField } from './ImportanceField';
import { IMPORTANCE_CHOICES } from './importance';
import { ReachField } from './ReachField';
import { StageTargetField } from './StageTargetField';

const BY_NAME = { field: 'name', order: 'ASC' } as const;

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="journeyId" source="journeyId" reference="Journey" sort={BY_NAME} perPage={1000} alwaysOn>
    <SelectInput />
  </ReferenceInput>,
  <ReferenceInput key="channelId" source="channelId" reference="Channel" sort={BY_NAME} perPage={1000} alwaysOn>
    <SelectInput />
  </ReferenceInput>,
  <SelectInput key="importance_gte" source="importance_gte" choices={IMPORTANCE_CHOICES} />,
  <SelectInput key="importance_lte" source="importance_lte" choices={IMPORTANCE_CHOICES} />,
];

const NO_WRAP = { '& .column-journeyId, & th.column-targetNps': { whiteSpace: 'nowrap' } };

// Every journey's stages in one place; a journey's own page shows them as its sequence.
export const JourneyStageList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'journey.name', order: 'ASC' }} perPage={50}>
    <DataTable rowClick="show" sx={NO_WRAP}>
      <ReferenceCol source="journeyId" sortBy="journey.name">
        <ReferenceField source="journeyId" reference="Journey" link={false} />
      </ReferenceCol>
      <NumberCol source="position" label="#" />
      <DataTable.Col source="name" />
      <DataTable.Col source="importance">
        <ImportanceField />
      </DataTable.Col>
      <DataTable.Col source="reach">
        <ReachField />
      </DataTable.Col>
      <DataTable.Col source="channelIds" disableSort>
        <ReferenceChips source="channelIds" reference="Channel" link={false} />
      </DataTable.Col>
      <DataTable.Col source="targetNps" align="right">
        <StageTargetField />
      </DataTable.Col>
    </DataTable>
  </List>
);
