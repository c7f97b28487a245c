import { AutocompleteInput, DataTable, FunctionField, List, NumberInput, ReferenceField, ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { DayField } from '../common/DayField';
import { ListActions } from '../common/ListActions';
import { NumberCol } from '../i18n/fields';
import { JourneyMapButton } from '../journey-map/JourneyMapButton';
import { ReferenceChips } from '../common/ReferenceChips';
import { ReferenceCol } from '../common/ReferenceCol';
import type { JourneyRecord } from './types';

const BY_NAME = { field: 'name', order: 'ASC' } as const;

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="ownerId" source="ownerId" reference="Person" sort={BY_NAME} alwaysOn>
    <AutocompleteInput />
  </ReferenceInput>,
  <ReferenceInput key="segmentId" source="segmentId" reference="Segment" sort={BY_NAME} perPage={1000} alwaysOn>
    <SelectInput />
  </ReferenceInput>,
  <NumberInput key="targetNps_gte" source="targetNps_gte" />,
  <NumberInput key="targetNps_lte" source="targetNps_lte" />,
];

export const JourneyList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'name', order: 'ASC' }} perPage={25}>
    <DataTable rowClick="show">
      <DataTable.Col source="name" />
      <ReferenceCol source="ownerId" sortBy="owner.name">
        <ReferenceField source="ownerId" reference="Person" emptyText="—" />
      </ReferenceCol>
      <DataTable.Col source="segmentIds" disableSort>
        <ReferenceChips source="segmentIds" reference="Segment" link={false} />
      </DataTable.Col>
      <NumberCol source="targetNps" />
      <DataTable.Col source="targetDate">
        <DayField source="targetDate" />
      </DataTable.Col>
      <DataTable.Col source="stageIds" disableSort align="right">
        <FunctionField<JourneyRecord> render={journey => journey.stageIds.length} />
      </DataTable.Col>
      <DataTable.Col label="regie.journey_map.column" disableSort>
        <JourneyMapButton />
      </DataTable.Col>
    </DataTable>
  </List>
);
