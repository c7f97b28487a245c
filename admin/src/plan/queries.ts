import { gql } from '@apollo/client';

const INITIATIVE = 'initiative { id title status effort targetQuarter }';

export const PLAN_QUARTER = gql`
  query planQuarter($quarter: String!) {
    planQuarter(quarter: $quarter) {
      department { id name code }
      capacity plannedEffort remaining
      planned { rank cumulativeEffort carriedOver ${INITIATIVE} }
      deferred { rank reason carriedOver ${INITIATIVE} }
    }
  }
`;
