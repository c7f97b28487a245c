import DepartmentIcon from '@mui/icons-material/AccountTree';
import type { ResourceProps } from 'react-admin';
import { DepartmentCreate } from './DepartmentCreate';
import { DepartmentEdit } from './DepartmentEdit';
import { DepartmentList } from './DepartmentList';
import { DepartmentShow } from './DepartmentShow';

export const departments = {
  list: DepartmentList,
  show: DepartmentShow,
  create: DepartmentCreate,
  edit: DepartmentEdit,
  icon: DepartmentIcon,
  recordRepresentation: (record: { name: string; code: string }) => `${record.name} (${record.code})`,
} satisfies Omit<ResourceProps, 'name'>;
