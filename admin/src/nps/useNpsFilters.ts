import { useUrlFilters } from '../common/useUrlFilters';

/** The NPS pages' filters: calendar days (YYYY-MM-DD, inclusive) and a segment; empty means "any". */
export interface NpsFilterValues {
  from: string;
  to: string;
  segmentId: string;
}

const KEYS: Record<keyof NpsFilterValues, string> = { from: 'from', to: 'to', segmentId: 'segment' };

/**
 * The filters live in the address (`/nps/3?from=2026-01-01&segment=2`): a view can be shared and
 * bookmarked, and moving between the overview and a journey keeps them.
 */
export const useNpsFilters = (): [NpsFilterValues, (changes: Partial<NpsFilterValues>) => void, string] => useUrlFilters(KEYS);
