import { useCallback } from 'react';
import { useGetList, type RaRecord } from 'react-admin';
import type { JourneyStageRecord } from './types';

const ALL_JOURNEY_NAMES = {
  pagination: { page: 1, perPage: 1000 },
  sort: { field: 'name', order: 'ASC' },
  meta: { sparseFields: ['id', 'name'] },
} as const;

/**
 * A stage named with its journey, "Moving house › Settling in", as pickers and chips show it: stage
 * names repeat across journeys. The journeys' names come in one small request, shared by all callers.
 */
export function useStageLabel(): (stage: Pick<JourneyStageRecord, 'name' | 'journeyId'> | undefined) => string {
  const { data: journeys } = useGetList<RaRecord & { name: string }>('Journey', ALL_JOURNEY_NAMES);
  return useCallback(
    stage => {
      if (!stage) return '';
      const journey = journeys?.find(j => String(j.id) === String(stage.journeyId));
      return journey ? `${journey.name} › ${stage.name}` : stage.name;
    },
    [journeys],
  );
}
