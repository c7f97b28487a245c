import ChannelIcon from '@mui/icons-material/Hub';
import type { ResourceProps } from 'react-admin';
import { ChannelCreate } from './ChannelCreate';
import { ChannelEdit } from './ChannelEdit';
import { ChannelList } from './ChannelList';
import { ChannelShow } from './ChannelShow';

export const channels = {
  list: ChannelList,
  show: ChannelShow,
  create: ChannelCreate,
  edit: ChannelEdit,
  icon: ChannelIcon,
  recordRepresentation: 'name',
} satisfies Omit<ResourceProps, 'name'>;
