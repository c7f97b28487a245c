import { gql } from '@apollo/client';
import { useQuery } from '@tanstack/react-query';
import { useGetList } from 'react-admin';
import { apolloClient } from '../dataProvider';
import { toHttpError } from '../errors';
import type { MaturityAssessmentRecord, MaturityStatement } from './types';

const QUESTIONNAIRE = gql`
  query maturityQuestionnaire {
    maturityQuestionnaire { key pillar text }
  }
`;

/** The statements an assessment scores, three per pillar in order; fixed in the server's code, so read once. */
export function useQuestionnaire() {
  return useQuery({
    queryKey: ['maturityQuestionnaire'],
    queryFn: async () => {
      try {
        const { data } = await apolloClient.query<{ maturityQuestionnaire: MaturityStatement[] }>({ query: QUESTIONNAIRE, fetchPolicy: 'no-cache' });
        return data.maturityQuestionnaire;
      } catch (error) {
        throw toHttpError(error);
      }
    },
    staleTime: Infinity,
  });
}

/** What the lists and charts read of an assessment; the page of one reads its answers too. */
export const ASSESSMENT_FIELDS = ['id', 'departmentId', { department: ['id', 'name', 'code'] }, 'assessedAt', { scores: ['pillar', 'score'] }, 'overall', 'assessedByName', 'createdAt'];
export const ASSESSMENT_FIELDS_WITH_ANSWERS = [...ASSESSMENT_FIELDS, { answers: ['statement', 'score'] }];

// Two assessments a year for a handful of departments: years fit in one page.
const EVERY_ASSESSMENT = {
  pagination: { page: 1, perPage: 1000 },
  sort: { field: 'assessedAt', order: 'ASC' },
  meta: { sparseFields: ASSESSMENT_FIELDS },
} as const;

/** Every assessment, oldest first: the charts compare the latest per department with the one before. */
export const useAllAssessments = () => useGetList<MaturityAssessmentRecord>('MaturityAssessment', EVERY_ASSESSMENT);
