import JourneyIcon from '@mui/icons-material/Route';
import type { ResourceProps } from 'react-admin';
import { JourneyCreate } from './JourneyCreate';
import { JourneyEdit } from './JourneyEdit';
import { JourneyList } from './JourneyList';
import { JourneyShow } from './JourneyShow';

export const journeys = {
  list: JourneyList,
  show: JourneyShow,
  create: JourneyCreate,
  edit: JourneyEdit,
  icon: JourneyIcon,
  recordRepresentation: 'name',
} satisfies Omit<ResourceProps, 'name'>;
