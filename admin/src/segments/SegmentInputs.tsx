import { required, TextInput } from 'react-admin';
import { PercentInput, percentRange } from '../common/PercentInput';

// The server checks the rest (a unique name) and its messages land on these inputs.
export const SegmentInputs = () => (
  <>
    <TextInput source="name" validate={required()} helperText="regie.segments.name_help" />
    <PercentInput source="share" validate={percentRange} helperText="regie.segments.share_help" />
    <TextInput source="description" multiline minRows={2} />
  </>
);
