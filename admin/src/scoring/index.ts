import { createElement } from 'react';
import ScoringModelIcon from '@mui/icons-material/Tune';
import type { ResourceProps } from 'react-admin';
import { ScoringModelCreate } from './ScoringModelCreate';
import { ScoringModelList } from './ScoringModelList';
import { ScoringModelShow } from './ScoringModelShow';
import { VersionTitle } from './VersionTitle';

// A change is a new version (create: updateScoringModel); versions are never edited or deleted.
export const scoringModels = {
  list: ScoringModelList,
  show: ScoringModelShow,
  create: ScoringModelCreate,
  icon: ScoringModelIcon,
  recordRepresentation: createElement(VersionTitle),
} satisfies Omit<ResourceProps, 'name'>;
