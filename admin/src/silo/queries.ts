import { gql } from '@apollo/client';

const FIGURES = 'stage { id name journeyId journey { id name } } importance reach actualNps marginOfError responses target gap';

/** Both lists of the silo detector in one request: the page shows them together. */
export const SILO_REPORT = gql`
  query siloReport {
    overlaps {
      ${FIGURES}
      departments { id name code }
      initiatives { id title status effort priorityScore department { id code } }
      combinedEffort
    }
    uncoveredMoments { ${FIGURES} }
  }
`;
