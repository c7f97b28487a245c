import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { RegieDataProvider } from '../dataProvider';
import type { RoadmapArgs } from './types';

/**
 * The roadmap through react-admin's query client: the app bar's refresh and a governance step's
 * refresh() reload it, and a changed filter keeps the rows in view until the new ones arrive.
 */
export function useRoadmap(args: RoadmapArgs) {
  const dataProvider = useDataProvider<RegieDataProvider>();
  return useQuery({
    queryKey: ['roadmap', args],
    queryFn: () => dataProvider.roadmap(args),
    placeholderData: keepPreviousData,
  });
}
