import SegmentIcon from '@mui/icons-material/PieChart';
import type { ResourceProps } from 'react-admin';
import { SegmentCreate } from './SegmentCreate';
import { SegmentEdit } from './SegmentEdit';
import { SegmentList } from './SegmentList';
import { SegmentShow } from './SegmentShow';

export const segments = {
  list: SegmentList,
  show: SegmentShow,
  create: SegmentCreate,
  edit: SegmentEdit,
  icon: SegmentIcon,
  recordRepresentation: 'name',
} satisfies Omit<ResourceProps, 'name'>;
