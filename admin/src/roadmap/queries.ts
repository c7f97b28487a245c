import { gql } from '@apollo/client';
import { selectionOf } from '../common/selection';
import type { SparseFields } from '../dataProvider';
import { INITIATIVE_LIST_FIELDS } from '../initiatives/fields';
import { SCORE_BREAKDOWN_FIELDS } from '../scoring/fields';

/** A roadmap row's initiative: what the row shows, what pinning sends (version), and the breakdown. */
const ROADMAP_INITIATIVE_FIELDS: SparseFields = [...INITIATIVE_LIST_FIELDS, 'pinReason', { scoreBreakdown: SCORE_BREAKDOWN_FIELDS }];

export const ROADMAP = gql`
  query roadmap($quarter: String, $departmentId: ID, $pillar: Pillar, $limit: Int) {
    roadmap(quarter: $quarter, departmentId: $departmentId, pillar: $pillar, limit: $limit) {
      rank pinned priorityScore journeyImpact carriedOver
      initiative { ${selectionOf(ROADMAP_INITIATIVE_FIELDS)} }
    }
  }
`;
