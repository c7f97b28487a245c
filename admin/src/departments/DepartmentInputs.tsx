import { AutocompleteInput, ReferenceInput, required, TextInput } from 'react-admin';

// The server checks the rest (code format, uniqueness, lengths) and its messages land on these inputs.
export const DepartmentInputs = () => (
  <>
    <TextInput source="name" validate={required()} />
    <TextInput source="code" validate={required()} helperText="regie.departments.code_help" />
    <TextInput source="description" multiline minRows={3} />
    <ReferenceInput source="leadId" reference="Person" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput helperText="regie.departments.lead_help" />
    </ReferenceInput>
  </>
);
