import { describe, expect, it } from '@jest/globals';
import { classify, differsSignificantly, estimateNps, isInsufficient } from './nps.maths.js';

/**
 * Expectations computed by hand from DESIGN §3:
 * N' = N + 3, p' = (P + 0.75) / N', d' = (D + 0.75) / N', SE = 100 √((p' + d' − (p' − d')²) / N'), MoE = 1.96 SE.
 */
describe('estimateNps', () => {
  it.each([
    // N = 0: nulls, never a division error.
    { case: 'no responses', P: 0, D: 0, N: 0, nps: null, se: null, moe: null, low: null, high: null },
    // N = 1, one promoter: N' = 4, p' = 1.75/4 = .4375, d' = .75/4 = .1875; p'+d'-(p'-d')² = .625 - .0625 = .5625;
    // SE = 100 √(.5625/4) = 100 × .375 = 37.5; MoE = 73.5; 100 ± 73.5 clipped → [26.5, 100].
    { case: 'one promoter', P: 1, D: 0, N: 1, nps: 100, se: 37.5, moe: 73.5, low: 26.5, high: 100 },
    // N = 1, one passive: N' = 4, p' = d' = .1875; .375 - 0 = .375; SE = 100 √(.09375) = 30.6186; MoE = 60.0125.
    { case: 'one passive', P: 0, D: 0, N: 1, nps: 0, se: 30.6186, moe: 60.0125, low: -60.0125, high: 60.0125 },
    // All 10 promoters: N' = 13, p' = 10.75/13 = .826923, d' = .75/13 = .057692; sum .884615 - (.769231)² = .884615 - .591716 = .292899;
    // SE = 100 √(.292899/13) = 100 × .150102 = 15.0102; MoE = 29.4200; interval [70.58, 100] (clipped).
    { case: 'all promoters (10)', P: 10, D: 0, N: 10, nps: 100, se: 15.0102, moe: 29.42, low: 70.58, high: 100 },
    // All 10 detractors: symmetric to the above.
    { case: 'all detractors (10)', P: 0, D: 10, N: 10, nps: -100, se: 15.0102, moe: 29.42, low: -100, high: -70.58 },
    // 100 responses, 50 promoters, 20 detractors: NPS 30; N' = 103, p' = 50.75/103 = .492718, d' = 20.75/103 = .201456;
    // .694175 - (.291262)² = .694175 - .084834 = .609341; SE = 100 √(.609341/103) = 100 × .076915 = 7.6915; MoE = 15.0754.
    { case: '50/30/20 of 100', P: 50, D: 20, N: 100, nps: 30, se: 7.6915, moe: 15.0754, low: 14.9246, high: 45.0754 },
    // 30 responses, 12 promoters, 9 detractors: NPS 10; N' = 33, p' = 12.75/33 = .386364, d' = 9.75/33 = .295455;
    // .681818 - (.090909)² = .681818 - .008264 = .673554; SE = 100 √(.673554/33) = 100 × .142868 = 14.2868; MoE = 28.0021.
    { case: '12/9/9 of 30', P: 12, D: 9, N: 30, nps: 10, se: 14.2868, moe: 28.0021, low: -18.0021, high: 38.0021 },
  ])('$case', ({ P, D, N, nps, se, moe, low, high }) => {
    const estimate = estimateNps({ responses: N, promoters: P, detractors: D });
    const near = (actual: number | null, expected: number | null) =>
      expected === null ? expect(actual).toBeNull() : expect(actual).toBeCloseTo(expected, 3);
    near(estimate.nps, nps);
    near(estimate.standardError, se);
    near(estimate.marginOfError, moe);
    near(estimate.intervalLow, low);
    near(estimate.intervalHigh, high);
  });
});

describe('classify', () => {
  it.each([
    [0, 'DETRACTOR'],
    [6, 'DETRACTOR'],
    [7, 'PASSIVE'],
    [8, 'PASSIVE'],
    [9, 'PROMOTER'],
    [10, 'PROMOTER'],
  ])('%i is a %s', (score, kind) => expect(classify(score)).toBe(kind));
});

describe('isInsufficient (minimum 30)', () => {
  it.each([
    [0, true],
    [29, true],
    [30, false],
    [31, false],
  ])('%i responses → %s', (responses, expected) => expect(isInsufficient(responses, 30)).toBe(expected));
});

describe('differsSignificantly', () => {
  const of = (P: number, D: number, N: number) => estimateNps({ responses: N, promoters: P, detractors: D });
  it.each([
    // 30 vs 10 with SEs 7.6915 and 14.2868: 1.96 √(59.159 + 204.113) = 1.96 × 16.2257 = 31.80 > 20 → not significant.
    { case: '30 (n=100) vs 10 (n=30)', a: of(50, 20, 100), b: of(12, 9, 30), expected: false },
    // 100 vs −100 at n = 10: 200 > 1.96 √(2 × 225.306) = 41.61 → significant.
    { case: 'all promoters vs all detractors', a: of(10, 0, 10), b: of(0, 10, 10), expected: true },
    // Identical periods never differ.
    { case: 'identical', a: of(50, 20, 100), b: of(50, 20, 100), expected: false },
    // An empty period cannot be compared.
    { case: 'one period empty', a: of(50, 20, 100), b: of(0, 0, 0), expected: false },
  ])('$case → $expected', ({ a, b, expected }) => expect(differsSignificantly(a, b)).toBe(expected));
});
