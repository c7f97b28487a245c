import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ScoringModelRecord } from './types';

/** The version number, and "Active" in words beside the one every score uses. */
export const VersionField = (_props: { label?: string }) => {
  const model = useRecordContext<ScoringModelRecord>();
  const translate = useTranslate();
  if (!model) return null;
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {model.version}
      {model.active && <Chip size="small" color="success" label={translate('regie.scoring.active')} data-testid="active-version" sx={{ ml: 1, height: 22 }} />}
    </span>
  );
};
