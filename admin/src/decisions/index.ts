import DecisionIcon from '@mui/icons-material/Gavel';
import type { ResourceProps } from 'react-admin';
import { ACTION_CHOICES } from './choices';
import { DecisionList } from './DecisionList';
import { DecisionShow } from './DecisionShow';

// Read-only: there is no createDecision; transitions and pins write decisions.
export const decisions = {
  list: DecisionList,
  show: DecisionShow,
  icon: DecisionIcon,
  options: { label: 'Decision |||| Decision log' },
  recordRepresentation: (decision: { action: string; initiative?: { title: string } }) =>
    `${ACTION_CHOICES.find(choice => choice.id === decision.action)?.name ?? decision.action}: ${decision.initiative?.title ?? ''}`,
} satisfies Omit<ResourceProps, 'name'>;
