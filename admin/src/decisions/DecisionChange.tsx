import { Box } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { StatusChip } from '../initiatives/StatusField';

interface Change {
  fromValue?: string | null;
  toValue?: string | null;
}

/** What a decision changed: a status (as chips) or a rank, from → to; a comment changes nothing. */
export const DecisionChange = (_props: { label?: string }) => {
  const decision = useRecordContext<Change>();
  const translate = useTranslate();
  if (!decision || (decision.fromValue == null && decision.toValue == null)) return <>—</>;
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75, whiteSpace: 'nowrap' }}>
      <StatusChip status={decision.fromValue} />
      <span aria-label={translate('regie.decisions.to')}>→</span>
      <StatusChip status={decision.toValue} />
    </Box>
  );
};
