import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { useFormat } from './useFormat';

/**
 * A calendar day the API gives as text ("2027-06-30"), shown in the reader's language. DateField
 * would read it as midnight UTC, which is the day before west of Greenwich.
 */
export const DayField = ({ source, emptyText = '—' }: { source: string; label?: string; emptyText?: string }) => {
  const record = useRecordContext<Record<string, unknown>>();
  const format = useFormat();
  const value = record?.[source];
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {typeof value === 'string' ? format.date(value) : emptyText}
    </Typography>
  );
};
