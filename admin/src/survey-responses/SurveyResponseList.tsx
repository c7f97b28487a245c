import UploadIcon from '@mui/icons-material/Upload';
import { Link } from 'react-router-dom';
import {
  AutocompleteInput,
  Button,
  DataTable,
  DateInput,
  List,
  NumberInput,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  TextField,
  TextInput,
  useCanAccess,
  useListContext,
} from 'react-admin';
import { ListActions } from '../common/ListActions';
import { ReferenceCol } from '../common/ReferenceCol';
import { DateField } from '../i18n/fields';
import { SearchInput } from '../i18n/inputs';
import { IMPORT_PATH } from '../import/paths';
import { useStageLabel } from '../journey-stages/stageLabel';
import type { JourneyStageRecord } from '../journey-stages/types';
import { ScoreField } from './ScoreField';

const BY_NAME = { field: 'name', order: 'ASC' } as const;
const BY_POSITION = { field: 'position', order: 'ASC' } as const;
const SCORE = { min: 0, max: 10, step: 1, sx: { width: 150 } };

/** The stages to choose from: the chosen journey's, else all, named with their journey. */
const StageFilter = (_props: { source: string; alwaysOn?: boolean }) => {
  const { filterValues } = useListContext();
  const stageLabel = useStageLabel();
  const journeyId = (filterValues as { journeyId?: string }).journeyId;
  return (
    <ReferenceInput source="stageId" reference="JourneyStage" sort={BY_POSITION} perPage={1000} filter={journeyId ? { journeyId } : {}}>
      <AutocompleteInput optionText={(stage: JourneyStageRecord) => stageLabel(stage)} sx={{ width: 240 }} />
    </ReferenceInput>
  );
};

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="regie.survey_responses.search" sx={{ width: 200 }} />,
  <ReferenceInput key="journeyId" source="journeyId" reference="Journey" sort={BY_NAME} perPage={1000} alwaysOn>
    <SelectInput />
  </ReferenceInput>,
  <StageFilter key="stageId" source="stageId" alwaysOn />,
  <ReferenceInput key="channelId" source="channelId" reference="Channel" sort={BY_NAME} perPage={1000}>
    <SelectInput />
  </ReferenceInput>,
  <ReferenceInput key="segmentId" source="segmentId" reference="Segment" sort={BY_NAME} perPage={1000}>
    <SelectInput />
  </ReferenceInput>,
  <TextInput key="source" source="source" />,
  <NumberInput key="score_gte" source="score_gte" {...SCORE} />,
  <NumberInput key="score_lte" source="score_lte" {...SCORE} />,
  // Calendar days, inclusive, in the organisation's time zone: the server reads them as such.
  <DateInput key="respondedAt_gte" source="respondedAt_gte" />,
  <DateInput key="respondedAt_lte" source="respondedAt_lte" />,
];

/** To the CSV import, for whom may record responses. */
const ImportButton = () => {
  const { canAccess } = useCanAccess({ action: 'import', resource: 'SurveyResponse' });
  if (!canAccess) return null;
  return (
    <Button component={Link} to={IMPORT_PATH} label="regie.survey_responses.import">
      <UploadIcon />
    </Button>
  );
};

const COMMENT = { maxWidth: 320, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', display: 'block' } as const;

// Responses come from survey tools and the CSV import, never from a form here; the regie team
// erases one on its page (on request: its comment may hold personal data), never in bulk.
export const SurveyResponseList = () => (
  <List
    filters={filters}
    actions={
      <ListActions>
        <ImportButton />
      </ListActions>
    }
    sort={{ field: 'respondedAt', order: 'DESC' }}
    perPage={25}
  >
    <DataTable rowClick="show" bulkActionButtons={false} sx={{ '& .column-respondedAt': { whiteSpace: 'nowrap' } }}>
      <DataTable.Col source="respondedAt">
        <DateField source="respondedAt" showTime options={{ dateStyle: 'medium', timeStyle: 'short' }} />
      </DataTable.Col>
      <DataTable.Col source="score">
        <ScoreField />
      </DataTable.Col>
      <ReferenceCol source="journeyId" sortBy="journey.name">
        <ReferenceField source="journeyId" reference="Journey" link={false} />
      </ReferenceCol>
      <ReferenceCol source="stageId" sortBy="stage.name">
        <ReferenceField source="stageId" reference="JourneyStage" link={false} emptyText="regie.survey_responses.whole_journey" />
      </ReferenceCol>
      <ReferenceCol source="channelId" sortBy="channel.name">
        <ReferenceField source="channelId" reference="Channel" link={false} emptyText="—" />
      </ReferenceCol>
      <ReferenceCol source="segmentId" sortBy="segment.name">
        <ReferenceField source="segmentId" reference="Segment" link={false} emptyText="—" />
      </ReferenceCol>
      <DataTable.Col source="source" />
      <DataTable.Col source="comment" disableSort>
        <TextField source="comment" emptyText="" sx={COMMENT} />
      </DataTable.Col>
    </DataTable>
  </List>
);
