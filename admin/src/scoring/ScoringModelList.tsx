import { CreateButton, DataTable, DateField, List, NumberField, TextField, TopToolbar } from 'react-admin';
import { LevelsField } from './LevelsField';
import { VersionField } from './VersionField';

const COMPACT = { '& .MuiTableCell-root': { px: 1 } } as const;

// "New version" for whom may make one (canAccess create); versions have no filters.
const Actions = () => (
  <TopToolbar>
    <CreateButton label="New version" />
  </TopToolbar>
);

// Versions are never edited or deleted: every score of the past is explained by the one it used.
export const ScoringModelList = () => (
  <List actions={<Actions />} sort={{ field: 'version', order: 'DESC' }} perPage={25} empty={false} title="Scoring model">
    <DataTable rowClick="show" bulkActionButtons={false} sx={COMPACT}>
      <DataTable.Col source="version">
        <VersionField />
      </DataTable.Col>
      <DataTable.Col label="Levels" disableSort sx={{ whiteSpace: 'nowrap' }}>
        <LevelsField short />
      </DataTable.Col>
      <DataTable.NumberCol source="gapWeight" label="Gap weight" />
      <DataTable.NumberCol source="minResponses" label="Min. responses" />
      <DataTable.NumberCol source="windowDays" label="Window (days)" />
      <DataTable.Col source="commercialWeight" label="Commercial weight" align="right">
        <NumberField source="commercialWeight" />
      </DataTable.Col>
      <DataTable.Col source="reason" disableSort sx={{ minWidth: 160 }}>
        <TextField source="reason" />
      </DataTable.Col>
      <DataTable.Col source="createdByName" label="By" disableSort />
      <DataTable.Col source="createdAt" label="When">
        <DateField source="createdAt" showTime options={{ dateStyle: 'medium', timeStyle: 'short' }} />
      </DataTable.Col>
    </DataTable>
  </List>
);
