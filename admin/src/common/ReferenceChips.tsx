import { ChipField, ReferenceArrayField, SingleFieldList } from 'react-admin';

/**
 * The records an id array refers to (segmentIds, channelIds, …) as small chips, linked to their
 * show page unless `link` is false. `label` is read by DataTable and show layouts.
 */
export const ReferenceChips = ({ source, reference, link = true }: { source: string; reference: string; label?: string; link?: boolean }) => (
  <ReferenceArrayField source={source} reference={reference}>
    <SingleFieldList linkType={link ? 'show' : false} empty={<>—</>} sx={{ gap: 0.5, flexWrap: 'wrap' }}>
      <ChipField source="name" size="small" />
    </SingleFieldList>
  </ReferenceArrayField>
);
