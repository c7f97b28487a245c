import type { SparseFields } from '../dataProvider';

const TERM_FIELDS: SparseFields = [
  'stageId',
  'stageName',
  'journeyId',
  'journeyName',
  'level',
  'levelValue',
  'importance',
  'reach',
  'actualNps',
  'marginOfError',
  'responses',
  'target',
  'gapFactor',
  'gapReason',
  'stageWeight',
  'contribution',
];

/** Everything the breakdown panel explains. */
export const SCORE_BREAKDOWN_FIELDS: SparseFields = [
  { terms: TERM_FIELDS },
  'journeyImpact',
  'businessFactor',
  'commercialValue',
  'confidence',
  'effort',
  'priorityScore',
  'modelVersion',
];

export const SCORING_MODEL_FIELDS: SparseFields = [
  'id',
  'version',
  'active',
  { levels: ['level', 'value'] },
  'gapWeight',
  'minResponses',
  'windowDays',
  'commercialWeight',
  'reason',
  'createdAt',
  'createdByName',
];

export const MODEL_PREVIEW_FIELDS: SparseFields = [
  { initiative: ['id', 'title', 'status', { department: ['id', 'code'] }] },
  'rankBefore',
  'rankAfter',
  'scoreBefore',
  'scoreAfter',
];
