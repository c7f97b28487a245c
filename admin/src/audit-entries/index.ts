import AuditIcon from '@mui/icons-material/History';
import type { ResourceProps } from 'react-admin';
import { AuditEntryList } from './AuditEntryList';
import { AuditEntryShow } from './AuditEntryShow';

export const auditEntries = {
  list: AuditEntryList,
  show: AuditEntryShow,
  icon: AuditIcon,
  recordRepresentation: (entry: { operation: string; entityId: string }) => `${entry.operation} ${entry.entityId}`,
} satisfies Omit<ResourceProps, 'name'>;
