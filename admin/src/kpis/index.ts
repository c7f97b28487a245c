import KpiIcon from '@mui/icons-material/Speed';
import type { ResourceProps } from 'react-admin';
import { KpiCreate } from './KpiCreate';
import { KpiEdit } from './KpiEdit';
import { KpiList } from './KpiList';
import { KpiShow } from './KpiShow';

export const kpis = {
  list: KpiList,
  show: KpiShow,
  create: KpiCreate,
  edit: KpiEdit,
  icon: KpiIcon,
  recordRepresentation: 'name',
} satisfies Omit<ResourceProps, 'name'>;
