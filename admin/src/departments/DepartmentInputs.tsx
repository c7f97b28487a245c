import { required, TextInput } from 'react-admin';

// The server checks the rest (code format, uniqueness, lengths) and its messages land on these inputs.
export const DepartmentInputs = () => (
  <>
    <TextInput source="name" validate={required()} />
    <TextInput source="code" validate={required()} helperText="Short and unique, e.g. CS; stored in capitals" />
    <TextInput source="description" multiline minRows={3} />
  </>
);
