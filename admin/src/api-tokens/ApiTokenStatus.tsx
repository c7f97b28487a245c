import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

export interface ApiTokenRecord {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  departmentId?: string;
  expiresAt?: string;
  revokedAt?: string;
  lastUsedAt?: string;
}

type Status = 'Active' | 'Revoked' | 'Expired';

export function statusOf(token: Pick<ApiTokenRecord, 'revokedAt' | 'expiresAt'>, now = Date.now()): Status {
  if (token.revokedAt) return 'Revoked';
  if (token.expiresAt && Date.parse(token.expiresAt) <= now) return 'Expired';
  return 'Active';
}

const COLORS = { Active: 'success', Revoked: 'error', Expired: 'default' } as const;

/** Whether the token still works: revoked and expired tokens are refused by the server. */
export const ApiTokenStatus = () => {
  const token = useRecordContext<ApiTokenRecord>();
  const translate = useTranslate();
  if (!token) return null;
  const status = statusOf(token);
  return <Chip label={translate(`regie.api_tokens.status.${status}`)} color={COLORS[status]} size="small" variant={status === 'Active' ? 'outlined' : 'filled'} />;
};
