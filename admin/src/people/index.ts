import PersonIcon from '@mui/icons-material/People';
import type { ResourceProps } from 'react-admin';
import { PersonCreate } from './PersonCreate';
import { PersonEdit } from './PersonEdit';
import { PersonList } from './PersonList';
import { PersonShow } from './PersonShow';

export const people = {
  list: PersonList,
  show: PersonShow,
  create: PersonCreate,
  edit: PersonEdit,
  icon: PersonIcon,
  recordRepresentation: 'name',
} satisfies Omit<ResourceProps, 'name'>;
