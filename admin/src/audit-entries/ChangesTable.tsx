import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

interface AuditChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** A changed value as written down: text as it is, anything else as JSON, nothing as a dash. */
export const formatValue = (value: unknown): string => (value === null || value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value));

const VALUE_SX = { fontFamily: 'monospace', whiteSpace: 'pre-wrap', wordBreak: 'break-word', verticalAlign: 'top' } as const;

/** The fields an audited mutation changed, before and after. */
export const ChangesTable = () => {
  const entry = useRecordContext<{ changes?: AuditChange[] }>();
  const translate = useTranslate();
  const changes = entry?.changes ?? [];
  if (changes.length === 0) return <Typography variant="body2">{translate('regie.audit.no_changes')}</Typography>;
  return (
    <Table size="small" sx={{ maxWidth: 960 }} data-testid="audit-changes">
      <TableHead>
        <TableRow>
          <TableCell>{translate('regie.audit.field')}</TableCell>
          <TableCell>{translate('regie.audit.before')}</TableCell>
          <TableCell>{translate('regie.audit.after')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {changes.map(({ field, before, after }) => (
          <TableRow key={field}>
            <TableCell sx={{ verticalAlign: 'top', fontWeight: 500 }}>{field}</TableCell>
            <TableCell sx={VALUE_SX}>{formatValue(before)}</TableCell>
            <TableCell sx={VALUE_SX}>{formatValue(after)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** The changed fields' names, for the list. */
export const ChangedFields = () => {
  const entry = useRecordContext<{ changes?: AuditChange[] }>();
  return <>{(entry?.changes ?? []).map(change => change.field).join(', ') || '—'}</>;
};
