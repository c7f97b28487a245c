import { useGetList } from 'react-admin';
import type { ScoringModelRecord } from './types';

const NEWEST = { pagination: { page: 1, perPage: 1 }, sort: { field: 'version', order: 'DESC' } } as const;

/** The active scoring model: the highest version (DESIGN §2). */
export function useActiveModel() {
  const { data, isPending, error } = useGetList<ScoringModelRecord>('ScoringModel', NEWEST);
  return { active: data?.[0], isPending, error };
}
