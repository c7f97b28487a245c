/**
 * NPS and its uncertainty, DESIGN §3. Plain numbers in, plain numbers out.
 * Promoters score 9–10, passives 7–8, detractors 0–6.
 */

export interface NpsCounts {
  responses: number;
  promoters: number;
  detractors: number;
}

export interface NpsEstimate {
  /** 100 × (P − D) / N; null when N = 0. */
  nps: number | null;
  /** Standard error by the adjusted-Wald method; null when N = 0. */
  standardError: number | null;
  /** 1.96 × SE: the 95% margin of error; null when N = 0. */
  marginOfError: number | null;
  /** NPS ± MoE, clipped to [−100, 100]. */
  intervalLow: number | null;
  intervalHigh: number | null;
}

/** z for a two-sided 95% interval. */
export const Z95 = 1.96;

export const classify = (score: number): 'PROMOTER' | 'PASSIVE' | 'DETRACTOR' => (score >= 9 ? 'PROMOTER' : score >= 7 ? 'PASSIVE' : 'DETRACTOR');

const clip = (value: number) => Math.min(100, Math.max(-100, value));

/**
 * The adjusted-Wald estimate (Rocks 2016): N' = N + 3, p' = (P + 0.75) / N', d' = (D + 0.75) / N',
 * SE = 100 × sqrt((p' + d' − (p' − d')²) / N').
 */
export function estimateNps({ responses, promoters, detractors }: NpsCounts): NpsEstimate {
  if (responses <= 0) return { nps: null, standardError: null, marginOfError: null, intervalLow: null, intervalHigh: null };
  const nps = (100 * (promoters - detractors)) / responses;
  const n = responses + 3;
  const p = (promoters + 0.75) / n;
  const d = (detractors + 0.75) / n;
  const standardError = 100 * Math.sqrt((p + d - (p - d) ** 2) / n);
  const marginOfError = Z95 * standardError;
  return { nps, standardError, marginOfError, intervalLow: clip(nps - marginOfError), intervalHigh: clip(nps + marginOfError) };
}

/** Two independent periods differ significantly when |NPS₁ − NPS₂| > 1.96 × sqrt(SE₁² + SE₂²). */
export function differsSignificantly(a: NpsEstimate, b: NpsEstimate): boolean {
  if (a.nps === null || b.nps === null || a.standardError === null || b.standardError === null) return false;
  return Math.abs(a.nps - b.nps) > Z95 * Math.sqrt(a.standardError ** 2 + b.standardError ** 2);
}

/** Fewer responses than the scoring model's minimum: reported, flagged, never hidden. */
export const isInsufficient = (responses: number, minResponses: number): boolean => responses < minResponses;
