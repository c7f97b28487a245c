import { required, TextInput } from 'react-admin';

// The server checks the rest (a unique name) and its messages land on these inputs.
export const ChannelInputs = () => (
  <>
    <TextInput source="name" validate={required()} helperText="regie.channels.name_help" />
    <TextInput source="description" multiline minRows={2} />
  </>
);
