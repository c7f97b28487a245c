import { ChipField, ReferenceField, ReferenceManyField, Show, SimpleShowLayout, SingleFieldList, TextField } from 'react-admin';
import { DateField, NumberField } from '../i18n/fields';
import { CapacityTable } from './CapacityTable';

export const DepartmentShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="code" />
      <TextField source="description" emptyText="—" />
      <ReferenceField source="leadId" reference="Person" emptyText="—" />
      <CapacityTable source="capacities" label="regie.departments.capacity_table" />
      <ReferenceManyField reference="Kpi" target="departmentId" label="regie.departments.kpis" sort={{ field: 'name', order: 'ASC' }} perPage={100}>
        <SingleFieldList linkType="show" empty={<>—</>} sx={{ gap: 0.5, flexWrap: 'wrap' }}>
          <ChipField source="name" size="small" />
        </SingleFieldList>
      </ReferenceManyField>
      <NumberField source="version" />
      <DateField source="createdAt" showTime />
      <DateField source="updatedAt" showTime />
    </SimpleShowLayout>
  </Show>
);
