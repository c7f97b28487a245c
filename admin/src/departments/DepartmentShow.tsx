import { ChipField, DateField, NumberField, ReferenceField, ReferenceManyField, Show, SimpleShowLayout, SingleFieldList, TextField } from 'react-admin';
import { CapacityTable } from './CapacityTable';

export const DepartmentShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="code" />
      <TextField source="description" emptyText="—" />
      <ReferenceField source="leadId" reference="Person" label="Lead" emptyText="—" />
      <CapacityTable source="capacities" label="Capacity per quarter (person-weeks)" />
      <ReferenceManyField reference="Kpi" target="departmentId" label="KPIs" sort={{ field: 'name', order: 'ASC' }} perPage={100}>
        <SingleFieldList linkType="show" empty={<>—</>} sx={{ gap: 0.5, flexWrap: 'wrap' }}>
          <ChipField source="name" size="small" />
        </SingleFieldList>
      </ReferenceManyField>
      <NumberField source="version" />
      <DateField source="createdAt" label="Created" showTime />
      <DateField source="updatedAt" label="Updated" showTime />
    </SimpleShowLayout>
  </Show>
);
