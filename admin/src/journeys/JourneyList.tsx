import { AutocompleteInput, DataTable, FunctionField, List, NumberInput, ReferenceField, ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { DayField } from '../common/DayField';
import { ListActions } from '../common/ListActions';
import { ReferenceChips } from '../common/ReferenceChips';
import type { JourneyRecord } from './types';

const BY_NAME = { field: 'name', order: 'ASC' } as const;

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="ownerId" source="ownerId" reference="Person" sort={BY_NAME} alwaysOn>
    <AutocompleteInput label="Owner" />
  </ReferenceInput>,
  <ReferenceInput key="segmentId" source="segmentId" reference="Segment" sort={BY_NAME} perPage={1000} alwaysOn>
    <SelectInput label="Segment" />
  </ReferenceInput>,
  <NumberInput key="targetNps_gte" source="targetNps_gte" label="Target NPS at least" />,
  <NumberInput key="targetNps_lte" source="targetNps_lte" label="Target NPS at most" />,
];

export const JourneyList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'name', order: 'ASC' }} perPage={25}>
    <DataTable rowClick="show">
      <DataTable.Col source="name" />
      <DataTable.Col source="ownerId" label="Owner" disableSort>
        <ReferenceField source="ownerId" reference="Person" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="segmentIds" label="Segments" disableSort>
        <ReferenceChips source="segmentIds" reference="Segment" link={false} />
      </DataTable.Col>
      <DataTable.NumberCol source="targetNps" label="Target NPS" />
      <DataTable.Col source="targetDate" label="Target date">
        <DayField source="targetDate" />
      </DataTable.Col>
      <DataTable.Col source="stageIds" label="Stages" disableSort align="right">
        <FunctionField<JourneyRecord> render={journey => journey.stageIds.length} />
      </DataTable.Col>
    </DataTable>
  </List>
);
