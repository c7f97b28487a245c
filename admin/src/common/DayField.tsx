import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar day the API gives as text ("2027-06-30"), shown in the reader's locale. DateField would
 * read it as midnight UTC, which is the day before west of Greenwich.
 */
export const formatDay = (day: string | null | undefined): string | undefined => {
  const match = day ? DAY.exec(day) : null;
  if (!match) return day ?? undefined;
  const [, year, month, date] = match.map(Number);
  return new Date(year, month - 1, date).toLocaleDateString(undefined, { dateStyle: 'medium' });
};

export const DayField = ({ source, emptyText = '—' }: { source: string; label?: string; emptyText?: string }) => {
  const record = useRecordContext<Record<string, unknown>>();
  const value = record?.[source];
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {typeof value === 'string' ? formatDay(value) : emptyText}
    </Typography>
  );
};
