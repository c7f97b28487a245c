import { useLocaleState, useRecordContext } from 'react-admin';
import { formatScore } from '../scoring/explain';

interface ScoredDecision {
  priorityScore?: number | null;
  modelVersion?: number | null;
}

/** The initiative's priority score when the decision was made; "—" for decisions from before scores were kept. */
export const DecisionScore = (_props: { label?: string }) => {
  const decision = useRecordContext<ScoredDecision>();
  const [locale] = useLocaleState();
  return <span data-testid="decision-score">{decision?.priorityScore == null ? '—' : formatScore(decision.priorityScore, locale)}</span>;
};

/** The scoring-model version that score was computed with, or "—". */
export const DecisionModelVersion = (_props: { label?: string }) => {
  const decision = useRecordContext<ScoredDecision>();
  return <span data-testid="decision-model-version">{decision?.modelVersion == null ? '—' : `v${decision.modelVersion}`}</span>;
};

/** Both in one cell, for a narrow table: "1.64 (v2)", or "—". */
export const DecisionScoreWithModel = (_props: { label?: string }) => {
  const decision = useRecordContext<ScoredDecision>();
  const [locale] = useLocaleState();
  if (decision?.priorityScore == null) return <span data-testid="decision-score">—</span>;
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <span data-testid="decision-score">{formatScore(decision.priorityScore, locale)}</span> <DecisionModelVersion />
    </span>
  );
};
