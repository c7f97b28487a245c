import { useCallback, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';

/**
 * A page's filters kept in its address (`/nps/3?from=2026-01-01&segment=2`), so that a view can be
 * shared and bookmarked. `keys` maps each filter to its name in the address; an empty value is
 * "any" and leaves the address. Returns the values, a change function, and the search string.
 */
export function useUrlFilters<K extends string>(keys: Readonly<Record<K, string>>): [Record<K, string>, (changes: Partial<Record<K, string>>) => void, string] {
  const [params, setParams] = useSearchParams();
  // Two changes before the router renders the first (it updates the location in a transition: a
  // select picked, then a date typed at once) must both stay, so each change starts from the
  // last one made here; a new address from the router (another page, back, a link) replaces it.
  const fromRouter = useRef(params);
  const latest = useRef(params);
  if (fromRouter.current !== params) {
    fromRouter.current = params;
    latest.current = params;
  }
  const values = useMemo(() => Object.fromEntries((Object.keys(keys) as K[]).map(name => [name, params.get(keys[name]) ?? ''])) as Record<K, string>, [params, keys]);
  const change = useCallback(
    (changes: Partial<Record<K, string>>) => {
      const next = new URLSearchParams(latest.current);
      for (const [name, value] of Object.entries(changes) as [K, string | undefined][]) {
        if (value) next.set(keys[name], value);
        else next.delete(keys[name]);
      }
      latest.current = next;
      setParams(next, { replace: true });
    },
    [setParams, keys],
  );
  const search = params.toString();
  return [values, change, search ? `?${search}` : ''];
}
