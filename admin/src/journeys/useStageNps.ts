import type { RaRecord } from 'react-admin';
import type { NpsSummaryRow } from '../nps/types';
import { useNpsSummary } from '../nps/useNpsSummary';
import { lastDays } from '../nps/values';

/** The journey page judges stages over the scoring model's default window (DESIGN §2), ending today. */
export const STAGE_NPS_WINDOW_DAYS = 90;

export interface StageNps {
  isPending: boolean;
  error: Error | null;
  /** The stage's row by stage id. */
  byStage: ReadonlyMap<string, NpsSummaryRow>;
}

/** Each stage of the journey with its NPS over the last 90 days, from one npsSummary. */
export function useStageNps(journeyId: RaRecord['id'] | undefined): StageNps {
  const { from, to } = lastDays(STAGE_NPS_WINDOW_DAYS);
  const summary = useNpsSummary({ groupBy: 'STAGE', journeyId: String(journeyId ?? ''), from, to }, { enabled: journeyId !== undefined });
  return {
    isPending: summary.isPending,
    error: summary.error,
    byStage: new Map((summary.data ?? []).map(row => [row.key, row])),
  };
}
