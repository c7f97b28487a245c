import { gql } from '@apollo/client';

const WINDOW = '{ from to responses nps marginOfError }';

/** For a DONE initiative: each touched stage's NPS before and after its completion (DESIGN §3). */
export const REALISED_IMPACT = gql`
  query realisedImpact($initiativeId: ID!) {
    realisedImpact(initiativeId: $initiativeId) {
      stageId expectedLevel difference significant
      stage { id name position journey { id name } }
      before ${WINDOW}
      after ${WINDOW}
    }
  }
`;
