import StageIcon from '@mui/icons-material/LinearScale';
import type { ResourceProps } from 'react-admin';
import { JourneyStageCreate } from './JourneyStageCreate';
import { JourneyStageEdit } from './JourneyStageEdit';
import { JourneyStageList } from './JourneyStageList';
import { JourneyStageShow } from './JourneyStageShow';

export const journeyStages = {
  list: JourneyStageList,
  show: JourneyStageShow,
  create: JourneyStageCreate,
  edit: JourneyStageEdit,
  icon: StageIcon,
  recordRepresentation: 'name',
} satisfies Omit<ResourceProps, 'name'>;
