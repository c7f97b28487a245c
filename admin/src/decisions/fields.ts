import type { SparseFields } from '../dataProvider';

/** A decision as the governance log shows it, with the score it was made at (DESIGN §1). */
export const DECISION_ENTRY_FIELDS: SparseFields = [
  'id',
  'action',
  'fromValue',
  'toValue',
  'reason',
  'actorId',
  'actorName',
  'actorEmail',
  'actorType',
  'at',
  'initiativeId',
  'priorityScore',
  'modelVersion',
];

/** With the title (and status) of its initiative, for the list and page of the log. */
export const DECISION_FIELDS: SparseFields = [...DECISION_ENTRY_FIELDS, { initiative: ['id', 'title', 'status'] }];
