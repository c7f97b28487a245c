import { CreateButton, DataTable, List, TextField, TopToolbar } from 'react-admin';
import { DateField, NumberCol, NumberField } from '../i18n/fields';
import { LevelsField } from './LevelsField';
import { VersionField } from './VersionField';

const COMPACT = { '& .MuiTableCell-root': { px: 1 } } as const;

// "New version" for whom may make one (canAccess create); versions have no filters.
const Actions = () => (
  <TopToolbar>
    <CreateButton label="regie.scoring.list.new_version" />
  </TopToolbar>
);

// Versions are never edited or deleted: every score of the past is explained by the one it used.
export const ScoringModelList = () => (
  <List actions={<Actions />} sort={{ field: 'version', order: 'DESC' }} perPage={25} empty={false} title="resources.ScoringModel.name">
    <DataTable rowClick="show" bulkActionButtons={false} sx={COMPACT}>
      <DataTable.Col source="version">
        <VersionField />
      </DataTable.Col>
      <DataTable.Col label="regie.scoring.list.levels" disableSort sx={{ whiteSpace: 'nowrap' }}>
        <LevelsField short />
      </DataTable.Col>
      <NumberCol source="gapWeight" />
      <NumberCol source="minResponses" label="regie.scoring.list.min_responses" />
      <NumberCol source="windowDays" />
      <DataTable.Col source="commercialWeight" align="right">
        <NumberField source="commercialWeight" />
      </DataTable.Col>
      <DataTable.Col source="reason" disableSort sx={{ minWidth: 160 }}>
        <TextField source="reason" />
      </DataTable.Col>
      <DataTable.Col source="createdByName" label="regie.scoring.list.by" />
      <DataTable.Col source="createdAt">
        <DateField source="createdAt" showTime options={{ dateStyle: 'medium', timeStyle: 'short' }} />
      </DataTable.Col>
    </DataTable>
  </List>
);
