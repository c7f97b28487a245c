import { useCallback, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';

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
export function useNpsFilters(): [NpsFilterValues, (changes: Partial<NpsFilterValues>) => void, string] {
  const [params, setParams] = useSearchParams();
  // Two changes before the router renders the first (it updates the location in a transition: a
  // segment picked, then a date typed at once) must both stay, so each change starts from the
  // last one made here; a new address from the router (another page, back, a link) replaces it.
  const fromRouter = useRef(params);
  const latest = useRef(params);
  if (fromRouter.current !== params) {
    fromRouter.current = params;
    latest.current = params;
  }
  const values = useMemo(
    () => ({ from: params.get(KEYS.from) ?? '', to: params.get(KEYS.to) ?? '', segmentId: params.get(KEYS.segmentId) ?? '' }),
    [params],
  );
  const change = useCallback(
    (changes: Partial<NpsFilterValues>) => {
      const next = new URLSearchParams(latest.current);
      for (const [name, value] of Object.entries(changes) as [keyof NpsFilterValues, string][]) {
        if (value) next.set(KEYS[name], value);
        else next.delete(KEYS[name]);
      }
      latest.current = next;
      setParams(next, { replace: true });
    },
    [setParams],
  );
  const search = params.toString();
  return [values, change, search ? `?${search}` : ''];
}
