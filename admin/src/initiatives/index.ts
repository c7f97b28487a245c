import InitiativeIcon from '@mui/icons-material/Lightbulb';
import type { ResourceProps } from 'react-admin';
import { InitiativeCreate } from './InitiativeCreate';
import { InitiativeEdit } from './InitiativeEdit';
import { InitiativeList } from './InitiativeList';
import { InitiativeShow } from './InitiativeShow';

export const initiatives = {
  list: InitiativeList,
  show: InitiativeShow,
  create: InitiativeCreate,
  edit: InitiativeEdit,
  icon: InitiativeIcon,
  recordRepresentation: 'title',
} satisfies Omit<ResourceProps, 'name'>;
