import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { STATUS_LOOK, statusKey } from './choices';
import type { Status } from './workflow';

const isStatus = (value: unknown): value is Status => typeof value === 'string' && Object.hasOwn(STATUS_LOOK, value);

/** A status as a chip in its colour, in words; anything else (a rank in a decision) as plain text. */
export const StatusChip = ({ status }: { status: unknown }) => {
  const translate = useTranslate();
  if (!isStatus(status)) return <>{status == null || status === '' ? '—' : String(status)}</>;
  const { color } = STATUS_LOOK[status];
  const name = translate(statusKey(status));
  const look = color ? { bgcolor: color, color: '#fff' } : { bgcolor: 'transparent' };
  return <Chip label={name} size="small" variant={color ? 'filled' : 'outlined'} data-status={status} sx={{ ...look, fontWeight: 500, whiteSpace: 'nowrap' }} />;
};

/** The record's status as a chip; `label` is for the Labeled and DataTable around it. */
export const StatusField = (_props: { label?: string }) => {
  const record = useRecordContext<{ status?: string }>();
  return record ? <StatusChip status={record.status} /> : null;
};
