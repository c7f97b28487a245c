import DecisionIcon from '@mui/icons-material/Gavel';
import type { ResourceProps } from 'react-admin';
import { createElement } from 'react';
import { DecisionTitle } from './DecisionTitle';
import { DecisionList } from './DecisionList';
import { DecisionShow } from './DecisionShow';

// Read-only: there is no createDecision; transitions and pins write decisions.
export const decisions = {
  list: DecisionList,
  show: DecisionShow,
  icon: DecisionIcon,
  recordRepresentation: createElement(DecisionTitle),
} satisfies Omit<ResourceProps, 'name'>;
