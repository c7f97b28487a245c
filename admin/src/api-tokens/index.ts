import ApiTokenIcon from '@mui/icons-material/VpnKey';
import type { ResourceProps } from 'react-admin';
import { ApiTokenCreate } from './ApiTokenCreate';
import { ApiTokenList } from './ApiTokenList';
import { ApiTokenShow } from './ApiTokenShow';

// Issued and revoked, never edited or deleted (there is no updateApiToken or deleteApiToken).
export const apiTokens = {
  list: ApiTokenList,
  show: ApiTokenShow,
  create: ApiTokenCreate,
  icon: ApiTokenIcon,
  recordRepresentation: 'name',
} satisfies Omit<ResourceProps, 'name'>;
