import {
  AutocompleteInput,
  DataTable,
  List,
  NullableBooleanInput,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
  TextField,
} from 'react-admin';
import { TextInput } from '../i18n/inputs';
import { ListActions } from '../common/ListActions';
import { ReferenceCol } from '../common/ReferenceCol';
import { NumberCol, NumberField } from '../i18n/fields';
import { readSession } from '../session';
import { PILLAR_CHOICES, STATUS_CHOICES } from './choices';
import { StageInput } from './StageInput';
import { StatusField } from './StatusField';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={STATUS_CHOICES} alwaysOn />,
  <ReferenceInput key="departmentId" source="departmentId" reference="Department" sort={{ field: 'name', order: 'ASC' }} perPage={500} alwaysOn>
    <SelectInput />
  </ReferenceInput>,
  <SelectInput key="pillar" source="pillar" choices={PILLAR_CHOICES} sx={{ minWidth: 200 }} />,
  <ReferenceInput key="ownerId" source="ownerId" reference="Person" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput sx={{ minWidth: 220 }} />
  </ReferenceInput>,
  <ReferenceInput key="journeyId" source="journeyId" reference="Journey" sort={{ field: 'name', order: 'ASC' }} perPage={500}>
    <SelectInput sx={{ minWidth: 220 }} />
  </ReferenceInput>,
  <StageInput key="stageId" source="stageId" label="resources.Initiative.fields.stageId" sx={{ minWidth: 400 }} />,
  <TextInput key="targetQuarter" source="targetQuarter" placeholder="regie.initiatives.list.quarter_placeholder" helperText={false} />,
  <NullableBooleanInput key="pinned" source="pinned" />,
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
      <ReferenceCol source="departmentId" sortBy="department.code" label="regie.initiatives.list.department">
        <TextField source="department.code" />
      </ReferenceCol>
      <ReferenceCol source="ownerId" sortBy="owner.name" sx={NO_WRAP}>
        <TextField source="owner.name" emptyText="—" />
      </ReferenceCol>
      <DataTable.Col source="status">
        <StatusField />
      </DataTable.Col>
      <DataTable.Col source="pillar" sx={{ maxWidth: 150 }}>
        <SelectField source="pillar" choices={PILLAR_CHOICES} />
      </DataTable.Col>
      <NumberCol source="effort" label="regie.initiatives.list.effort" />
      <NumberCol source="confidence" options={{ style: 'percent' }} />
      <NumberCol source="commercialValue" label="regie.initiatives.list.value" />
      <DataTable.Col source="targetQuarter" label="regie.initiatives.list.quarter" sx={NO_WRAP}>
        <TextField source="targetQuarter" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="pinnedRank" label="regie.initiatives.list.pinned" align="right">
        <NumberField source="pinnedRank" emptyText="—" />
      </DataTable.Col>
    </DataTable>
  </List>
);
