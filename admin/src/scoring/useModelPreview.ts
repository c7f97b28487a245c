import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { useDebounced } from '../common/useDebounced';
import type { RegieDataProvider } from '../dataProvider';
import { differs, isComplete, modelValues } from './preview';
import type { ScoringModelValues } from './types';

/**
 * How the open initiatives' ranks would move under the values in the form, asked once the typing
 * pauses. `current`: the preview answers the values in the form now (not ones typed before), so
 * saving shows what was previewed. The form and its toolbar call it alike; react-query asks once.
 */
export function useModelPreview(active: ScoringModelValues) {
  const dataProvider = useDataProvider<RegieDataProvider>();
  const proposed = modelValues(useWatch<ScoringModelValues>() as Partial<ScoringModelValues>);
  const settled = useDebounced(proposed);
  const changed = differs(settled, modelValues(active));
  const enabled = isComplete(settled) && changed;
  const preview = useQuery({
    queryKey: ['previewScoringModel', settled],
    queryFn: () => dataProvider.previewScoringModel(settled),
    enabled,
    // While the next answer comes, the last one stays in view (dimmed): the table does not jump.
    placeholderData: keepPreviousData,
  });
  const current = JSON.stringify(settled) === JSON.stringify(proposed);
  return { preview, enabled, changed: differs(proposed, modelValues(active)), current, complete: isComplete(proposed) };
}
