import { required, TextInput } from 'react-admin';
import { PercentInput, percentRange } from '../common/PercentInput';

// The server checks the rest (a unique name) and its messages land on these inputs.
export const SegmentInputs = () => (
  <>
    <TextInput source="name" validate={required()} helperText="e.g. Consumer, SME; unique" />
    <PercentInput source="share" validate={percentRange} helperText="Share of all customers in this segment" />
    <TextInput source="description" multiline minRows={2} />
  </>
);
