import type { SparseFields } from '../dataProvider';
import { DECISION_ENTRY_FIELDS } from '../decisions/fields';
import { SCORE_BREAKDOWN_FIELDS } from '../scoring/fields';

/** A row of the list (and of any reference to an initiative): no impacts, no history. */
export const INITIATIVE_LIST_FIELDS: SparseFields = [
  'id',
  'title',
  'status',
  'pillar',
  'effort',
  'confidence',
  'commercialValue',
  'targetQuarter',
  'pinnedRank',
  'departmentId',
  { department: ['id', 'name', 'code'] },
  'ownerId',
  { owner: ['id', 'name'] },
  'version',
  'updatedAt',
];

/** The initiative page: everything, with each impact's stage and journey, the score explained, and the decision history. */
export const INITIATIVE_FIELDS: SparseFields = [
  ...INITIATIVE_LIST_FIELDS,
  'priorityScore',
  'journeyImpact',
  { scoreBreakdown: SCORE_BREAKDOWN_FIELDS },
  'description',
  'pinReason',
  'contributingDepartmentIds',
  { contributingDepartments: ['id', 'name', 'code'] },
  { impacts: ['id', 'stageId', 'level', 'levelValue', 'rationale', { stage: ['id', 'name', 'position', 'journeyId', { journey: ['id', 'name'] }] }] },
  { decisions: DECISION_ENTRY_FIELDS },
  'createdAt',
  'completedAt',
];

