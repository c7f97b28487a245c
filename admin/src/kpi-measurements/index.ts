import MeasurementIcon from '@mui/icons-material/Timeline';
import type { ResourceProps } from 'react-admin';
import { KpiMeasurementCreate } from './KpiMeasurementCreate';
import { KpiMeasurementEdit } from './KpiMeasurementEdit';
import { KpiMeasurementList } from './KpiMeasurementList';
import { KpiMeasurementShow } from './KpiMeasurementShow';

export const kpiMeasurements = {
  list: KpiMeasurementList,
  show: KpiMeasurementShow,
  create: KpiMeasurementCreate,
  edit: KpiMeasurementEdit,
  icon: MeasurementIcon,
  recordRepresentation: 'period',
} satisfies Omit<ResourceProps, 'name'>;
