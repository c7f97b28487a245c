import MaturityIcon from '@mui/icons-material/Radar';
import type { ResourceProps } from 'react-admin';
import { MaturityCreate } from './MaturityCreate';
import { MaturityList } from './MaturityList';
import { MaturityShow } from './MaturityShow';

export { MaturityPage } from './MaturityPage';
export { MATURITY_PATH } from './paths';

/** Assessments are recorded and, by the regie team, deleted; never edited (a new one says what changed). */
export const maturityAssessments = {
  list: MaturityList,
  show: MaturityShow,
  create: MaturityCreate,
  icon: MaturityIcon,
} satisfies Omit<ResourceProps, 'name'>;
