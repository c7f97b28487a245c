import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { RegieDataProvider } from '../dataProvider';
import type { NpsSummaryArgs } from './types';

/**
 * npsSummary through react-admin's query client: the app bar's spinner and refresh button work on
 * it as on any list, and a refused session signs out as on any other request.
 */
export function useNpsSummary(args: NpsSummaryArgs, { enabled = true }: { enabled?: boolean } = {}) {
  const dataProvider = useDataProvider<RegieDataProvider>();
  return useQuery({
    queryKey: ['npsSummary', args],
    queryFn: () => dataProvider.npsSummary(args),
    enabled,
  });
}
