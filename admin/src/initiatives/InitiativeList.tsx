import {
  AutocompleteInput,
  DataTable,
  List,
  NullableBooleanInput,
  NumberField,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
  TextField,
  TextInput,
} from 'react-admin';
import { ListActions } from '../common/ListActions';
import { readSession } from '../session';
import { PILLAR_CHOICES, STATUS_CHOICES } from './choices';
import { StageInput } from './StageInput';
import { StatusField } from './StatusField';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={STATUS_CHOICES} alwaysOn />,
  <ReferenceInput key="departmentId" source="departmentId" reference="Department" sort={{ field: 'name', order: 'ASC' }} perPage={500} alwaysOn>
    <SelectInput label="Department" />
  </ReferenceInput>,
  <SelectInput key="pillar" source="pillar" choices={PILLAR_CHOICES} sx={{ minWidth: 200 }} />,
  <ReferenceInput key="ownerId" source="ownerId" reference="Person" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput label="Owner" sx={{ minWidth: 220 }} />
  </ReferenceInput>,
  <ReferenceInput key="journeyId" source="journeyId" reference="Journey" sort={{ field: 'name', order: 'ASC' }} perPage={500}>
    <SelectInput label="Journey" sx={{ minWidth: 220 }} />
  </ReferenceInput>,
  <StageInput key="stageId" source="stageId" sx={{ minWidth: 400 }} />,
  <TextInput key="targetQuarter" source="targetQuarter" label="Target quarter" placeholder="e.g. 2027-Q1" helperText={false} />,
  <NullableBooleanInput key="pinned" source="pinned" label="Pinned rank" />,
];

const NO_WRAP = { whiteSpace: 'nowrap' } as const;
// Ten columns fit beside the menu at 1280 px with narrower cell padding and one-line headers.
const COMPACT = { '& .MuiTableCell-root': { px: 1 }, '& thead th': { whiteSpace: 'nowrap' } } as const;

/** A lead starts from their own department's initiatives (the filter can be cleared); others from all. */
const ownDepartment = () => {
  const person = readSession()?.person;
  return person?.role === 'DEPARTMENT_LEAD' && person.departmentId ? { departmentId: person.departmentId } : {};
};

// Deleting is a per-record decision (a proposal without decisions), so there are no bulk actions.
export const InitiativeList = () => (
  <List filters={filters} filterDefaultValues={ownDepartment()} actions={<ListActions />} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25}>
    <DataTable rowClick="show" bulkActionButtons={false} sx={COMPACT}>
      <DataTable.Col source="title" sx={{ minWidth: 180 }} />
      <DataTable.Col source="departmentId" label="Dept." disableSort>
        <TextField source="department.code" />
      </DataTable.Col>
      <DataTable.Col source="ownerId" label="Owner" disableSort sx={NO_WRAP}>
        <TextField source="owner.name" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="status">
        <StatusField />
      </DataTable.Col>
      <DataTable.Col source="pillar" sx={{ maxWidth: 150 }}>
        <SelectField source="pillar" choices={PILLAR_CHOICES} />
      </DataTable.Col>
      <DataTable.NumberCol source="effort" label="Effort" />
      <DataTable.NumberCol source="confidence" options={{ style: 'percent' }} />
      <DataTable.NumberCol source="commercialValue" label="Value" />
      <DataTable.Col source="targetQuarter" label="Quarter" sx={NO_WRAP}>
        <TextField source="targetQuarter" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="pinnedRank" label="Pinned" align="right">
        <NumberField source="pinnedRank" emptyText="—" />
      </DataTable.Col>
    </DataTable>
  </List>
);
