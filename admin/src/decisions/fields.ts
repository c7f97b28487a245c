import type { SparseFields } from '../dataProvider';

/** A decision as the governance log shows it. */
export const DECISION_ENTRY_FIELDS: SparseFields = ['id', 'action', 'fromValue', 'toValue', 'reason', 'actorId', 'actorName', 'actorType', 'at', 'initiativeId'];

/** With the title (and status) of its initiative, for the list and page of the log. */
export const DECISION_FIELDS: SparseFields = [...DECISION_ENTRY_FIELDS, { initiative: ['id', 'title', 'status'] }];
