import { describe, expect, it } from '@jest/globals';
import {
  businessFactor,
  DEFAULT_MODEL,
  gapFactor,
  score,
  stageWeight,
  type LevelName,
  type ScoredImpact,
  type ScoringWeights,
  type StageInputs,
} from './scoring.maths.js';

/**
 * Expectations computed by hand from DESIGN §2 and §3:
 *   G = 1 + gapWeight × max(0, T − A − MoE) / 100 (1 when n < minResponses or no target),
 *   W = I × R × G, J = Σ level × W, B = 1 + commercialWeight × (commercialValue − 3) / 2, P = J × confidence × B / effort;
 *   A = 100 (P − D) / N, N' = N + 3, p' = (P + 0.75) / N', d' = (D + 0.75) / N', SE = 100 √((p' + d' − (p' − d')²) / N'), MoE = 1.96 SE.
 *
 * Response counts used below (chosen so that most margins come out as exact fractions):
 *
 *  C125 = 50 promoters, 10 detractors of 125: A = 100 × 40 / 125 = 32.
 *    N' = 128, p' = 50.75/128, d' = 10.75/128; p' + d' = 61.5/128 = .48046875; p' − d' = 40/128 = .3125, squared .09765625;
 *    .48046875 − .09765625 = .3828125; / 128 = .00299072265625 = 49/16384; √ = 7/128 = .0546875;
 *    SE = 5.46875; MoE = 1.96 × 5.46875 = 10.71875.
 *  C125neg = 10 promoters, 50 detractors of 125: A = −32, same MoE 10.71875 (symmetric in p' and d').
 *  C15 = 3 promoters, 0 detractors of 15: A = 100 × 3 / 15 = 20.
 *    N' = 18, p' = 3.75/18, d' = .75/18; p' + d' = 4.5/18 = 1/4; p' − d' = 3/18 = 1/6, squared 1/36;
 *    1/4 − 1/36 = 8/36 = 2/9; / 18 = 1/81; √ = 1/9; SE = 100/9; MoE = 196/9 = 21.777…
 *  C15wide = 9 promoters, 6 detractors of 15: A = 100 × 3 / 15 = 20.
 *    N' = 18, p' = 9.75/18, d' = 6.75/18; p' + d' = 16.5/18 = 11/12; p' − d' = 1/6, squared 1/36;
 *    11/12 − 1/36 = 32/36 = 8/9; / 18 = 4/81; √ = 2/9; SE = 200/9; MoE = 392/9 = 43.555…
 *  C75 = 41 promoters, 2 detractors of 75: A = 100 × 39 / 75 = 52.
 *    N' = 78, p' = 41.75/78, d' = 2.75/78; p' + d' = 44.5/78; p' − d' = 39/78 = .5, squared .25 = 19.5/78;
 *    (44.5 − 19.5)/78 = 25/78; / 78 = 25/6084; √ = 5/78; SE = 500/78 = 250/39; MoE = 490/39 = 12.5641…
 *  C29 = 20 promoters, 0 detractors of 29: A = 2000/29 = 68.965…
 *    N' = 32, p' = 20.75/32, d' = .75/32; p' + d' = 21.5/32 = .671875; p' − d' = 20/32 = .625, squared .390625;
 *    .671875 − .390625 = .28125; / 32 = 9/1024; √ = 3/32; SE = 9.375; MoE = 18.375.
 *  C50 = 20 promoters, 5 detractors of 50: A = 100 × 15 / 50 = 30.
 *    N' = 53, p' = 20.75/53, d' = 5.75/53; p' + d' = 26.5/53 = 1/2; p' − d' = 15/53, squared 225/2809;
 *    1/2 − 225/2809 = (2809 − 450)/5618 = 2359/5618; / 53 = 2359/297754; SE = 100 √(2359/297754) = 8.90092…;
 *    MoE = 196 √(2359/297754) = 17.44581…
 */
const C125 = { responses: 125, promoters: 50, detractors: 10 };
const C125neg = { responses: 125, promoters: 10, detractors: 50 };
const C15 = { responses: 15, promoters: 3, detractors: 0 };
const C15wide = { responses: 15, promoters: 9, detractors: 6 };
const C75 = { responses: 75, promoters: 41, detractors: 2 };
const C29 = { responses: 29, promoters: 20, detractors: 0 };
const C50 = { responses: 50, promoters: 20, detractors: 5 };
const NONE = { responses: 0, promoters: 0, detractors: 0 };

/** MoE of C50, written out from the fraction above (an irrational number: no finite decimal). */
const MOE_C50 = 196 * Math.sqrt(2359 / 297754);

const DIGITS = 10;
const near = (actual: number | null, expected: number | null) =>
  expected === null ? expect(actual).toBeNull() : expect(actual).toBeCloseTo(expected, DIGITS);

const stage = (counts: StageInputs['counts'], target: number | null, importance = 3, reach = 1): StageInputs => ({
  importance,
  reach,
  target,
  counts,
});

describe('DEFAULT_MODEL', () => {
  it('holds the defaults of DESIGN §1–2', () => {
    expect(DEFAULT_MODEL).toEqual({
      levels: { MINIMAL: 0.25, LOW: 0.5, MEDIUM: 1, HIGH: 2, MASSIVE: 3 },
      gapWeight: 1,
      minResponses: 30,
      windowDays: 90,
      commercialWeight: 0.5,
    });
  });
});

describe('gapFactor', () => {
  it.each([
    // T − A = 50 − 32 = 18; beyond the margin 18 − 10.71875 = 7.28125; G = 1 + 7.28125/100 = 1.0728125.
    { case: 'shortfall partly beyond the margin (C125, T 50)', counts: C125, target: 50, gapWeight: 1, minResponses: 30,
      nps: 32, moe: 10.71875, G: 1.0728125, reason: null },
    // T − A = 60 − 30 = 30; beyond 30 − 17.44581… = 12.55418…; G = 1.1255418…
    { case: 'shortfall partly beyond the margin (C50, T 60)', counts: C50, target: 60, gapWeight: 1, minResponses: 30,
      nps: 30, moe: MOE_C50, G: 1 + (30 - MOE_C50) / 100, reason: null },
    // T − A = 70 − 52 = 18 = 702/39; beyond 702/39 − 490/39 = 212/39; G = 1 + 212/3900 = 1.054358974…
    { case: 'shortfall partly beyond the margin (C75, T 70)', counts: C75, target: 70, gapWeight: 1, minResponses: 30,
      nps: 52, moe: 490 / 39, G: 1 + 212 / 3900, reason: null },
    // A negative NPS: T − A = 0 − (−32) = 32; beyond 32 − 10.71875 = 21.28125; G = 1.2128125.
    { case: 'negative NPS below a target of 0 (C125neg)', counts: C125neg, target: 0, gapWeight: 1, minResponses: 30,
      nps: -32, moe: 10.71875, G: 1.2128125, reason: null },
    // gapWeight 0: G = 1 + 0 × 7.28125/100 = 1; the shortfall still counts, so no reason.
    { case: 'gapWeight 0', counts: C125, target: 50, gapWeight: 0, minResponses: 30,
      nps: 32, moe: 10.71875, G: 1, reason: null },
    // gapWeight 2: G = 1 + 2 × 7.28125/100 = 1.145625.
    { case: 'gapWeight 2', counts: C125, target: 50, gapWeight: 2, minResponses: 30,
      nps: 32, moe: 10.71875, G: 1.145625, reason: null },
    // 15 < 30: G = 1 though the shortfall 80 − 20 = 60 is far beyond the margin; A and MoE still reported.
    { case: 'fewer responses than the minimum (15 < 30)', counts: C15, target: 80, gapWeight: 1, minResponses: 30,
      nps: 20, moe: 196 / 9, G: 1, reason: 'fewer than 30 responses (15)' },
    // 29 < 30, one short: shortfall 100 − 68.97 − 18.375 > 0 but G = 1.
    { case: 'one response short of the minimum (29 < 30)', counts: C29, target: 100, gapWeight: 1, minResponses: 30,
      nps: 2000 / 29, moe: 18.375, G: 1, reason: 'fewer than 30 responses (29)' },
    // No responses at all: A and MoE null, G = 1.
    { case: 'no responses', counts: NONE, target: 50, gapWeight: 1, minResponses: 30,
      nps: null, moe: null, G: 1, reason: 'fewer than 30 responses (0)' },
    // A custom minimum: 15 < 20.
    { case: 'fewer responses than a custom minimum (15 < 20)', counts: C15, target: 80, gapWeight: 1, minResponses: 20,
      nps: 20, moe: 196 / 9, G: 1, reason: 'fewer than 20 responses (15)' },
    // n = minResponses = 15 counts: T − A = 80 − 20 = 60; beyond 60 − 196/9 = 344/9; G = 1 + 344/900 = 1.38222…
    { case: 'exactly the minimum (15 = 15) counts', counts: C15, target: 80, gapWeight: 1, minResponses: 15,
      nps: 20, moe: 196 / 9, G: 1 + 344 / 900, reason: null },
    // n = minResponses = 15, wider margin: T − A = 100 − 20 = 80; beyond 80 − 392/9 = 328/9; G = 1 + 328/900 = 1.36444…
    { case: 'exactly the minimum, wide margin (C15wide, T 100)', counts: C15wide, target: 100, gapWeight: 1, minResponses: 15,
      nps: 20, moe: 392 / 9, G: 1 + 328 / 900, reason: null },
    // n = minResponses = 125 (a large custom minimum), as the first case: G = 1.0728125.
    { case: 'exactly a large minimum (125 = 125) counts', counts: C125, target: 50, gapWeight: 1, minResponses: 125,
      nps: 32, moe: 10.71875, G: 1.0728125, reason: null },
    // No target: G = 1 however the stage scores.
    { case: 'no target', counts: C125, target: null, gapWeight: 1, minResponses: 30,
      nps: 32, moe: 10.71875, G: 1, reason: 'no target' },
    // A = 32 ≥ T = 30: no bonus.
    { case: 'above its target (32 ≥ 30)', counts: C125, target: 30, gapWeight: 1, minResponses: 30,
      nps: 32, moe: 10.71875, G: 1, reason: 'meets its target' },
    // A = 32 = T: meets it.
    { case: 'exactly on its target (32 = 32)', counts: C125, target: 32, gapWeight: 1, minResponses: 30,
      nps: 32, moe: 10.71875, G: 1, reason: 'meets its target' },
    // A = 32 far above T = −50.
    { case: 'far above a negative target', counts: C125, target: -50, gapWeight: 2, minResponses: 30,
      nps: 32, moe: 10.71875, G: 1, reason: 'meets its target' },
    // T − A = 40 − 32 = 8 < 10.71875: max(0, 8 − 10.71875) = 0; G = 1.
    { case: 'shortfall within the margin (8 < 10.71875)', counts: C125, target: 40, gapWeight: 1, minResponses: 30,
      nps: 32, moe: 10.71875, G: 1, reason: 'shortfall within the margin of error' },
    // T − A = 60 − 20 = 40 < 392/9 = 43.56 at n = minResponses: G = 1, even with gapWeight 2.
    { case: 'shortfall within a wide margin (40 < 43.56)', counts: C15wide, target: 60, gapWeight: 2, minResponses: 15,
      nps: 20, moe: 392 / 9, G: 1, reason: 'shortfall within the margin of error' },
  ])('$case', ({ counts, target, gapWeight, minResponses, nps, moe, G, reason }) => {
    const gap = gapFactor(stage(counts, target), { gapWeight, minResponses });
    expect(gap.responses).toBe(counts.responses);
    near(gap.actualNps, nps);
    near(gap.marginOfError, moe);
    near(gap.gapFactor, G);
    expect(gap.gapReason).toBe(reason);
  });
});

describe('stageWeight', () => {
  it.each([
    // 4 × .5 × 1.0728125 = 2.145625
    { I: 4, R: 0.5, G: 1.0728125, W: 2.145625 },
    // 5 × 1 × 1 = 5
    { I: 5, R: 1, G: 1, W: 5 },
    // 1 × .25 × 2 = .5
    { I: 1, R: 0.25, G: 2, W: 0.5 },
    // 3 × 0 × 1.5 = 0: a stage no one reaches weighs nothing.
    { I: 3, R: 0, G: 1.5, W: 0 },
  ])('I $I × R $R × G $G = $W', ({ I, R, G, W }) => {
    near(stageWeight(stage(C125, 50, I, R), G), W);
  });
});

describe('businessFactor', () => {
  it.each([
    // weight .5: 1 + .5 × (v − 3)/2
    { value: 1, weight: 0.5, B: 0.5 }, // 1 + .5 × (−2)/2 = .5
    { value: 2, weight: 0.5, B: 0.75 }, // 1 + .5 × (−1)/2 = .75
    { value: 3, weight: 0.5, B: 1 }, // 1 + 0 = 1
    { value: 4, weight: 0.5, B: 1.25 }, // 1 + .5 × 1/2 = 1.25
    { value: 5, weight: 0.5, B: 1.5 }, // 1 + .5 × 2/2 = 1.5
    // weight 1: B between 0 and 2
    { value: 1, weight: 1, B: 0 }, // 1 + 1 × (−2)/2 = 0
    { value: 3, weight: 1, B: 1 },
    { value: 5, weight: 1, B: 2 }, // 1 + 1 × 2/2 = 2
    // weight .2
    { value: 1, weight: 0.2, B: 0.8 }, // 1 + .2 × (−2)/2 = .8
    { value: 5, weight: 0.2, B: 1.2 }, // 1 + .2 × 2/2 = 1.2
    // weight 0: commercial value ignored
    { value: 1, weight: 0, B: 1 },
    { value: 5, weight: 0, B: 1 },
  ])('commercial value $value, weight $weight → B $B', ({ value, weight, B }) => {
    near(businessFactor(value, weight), B);
  });
});

const neutral = { effort: 1, confidence: 1, commercialValue: 3 };

describe('score: levels', () => {
  // One stage without target: G = 1; I 4 × R .5 × 1 = W 2. effort 1, confidence 1, value 3 (B 1): P = J = level × 2.
  const plain = stage(C125, null, 4, 0.5);
  const custom: ScoringWeights = {
    ...DEFAULT_MODEL,
    levels: { MINIMAL: 0.1, LOW: 0.3, MEDIUM: 0.7, HIGH: 1.5, MASSIVE: 5 },
  };
  it.each([
    { level: 'MINIMAL', model: DEFAULT_MODEL, levelValue: 0.25, J: 0.5 }, // .25 × 2
    { level: 'LOW', model: DEFAULT_MODEL, levelValue: 0.5, J: 1 }, // .5 × 2
    { level: 'MEDIUM', model: DEFAULT_MODEL, levelValue: 1, J: 2 }, // 1 × 2
    { level: 'HIGH', model: DEFAULT_MODEL, levelValue: 2, J: 4 }, // 2 × 2
    { level: 'MASSIVE', model: DEFAULT_MODEL, levelValue: 3, J: 6 }, // 3 × 2
    { level: 'MINIMAL', model: custom, levelValue: 0.1, J: 0.2 }, // .1 × 2
    { level: 'LOW', model: custom, levelValue: 0.3, J: 0.6 }, // .3 × 2
    { level: 'MEDIUM', model: custom, levelValue: 0.7, J: 1.4 }, // .7 × 2
    { level: 'HIGH', model: custom, levelValue: 1.5, J: 3 }, // 1.5 × 2
    { level: 'MASSIVE', model: custom, levelValue: 5, J: 10 }, // 5 × 2
  ] as { level: LevelName; model: ScoringWeights; levelValue: number; J: number }[])(
    '$level = $levelValue → J $J',
    ({ level, model, levelValue, J }) => {
      const result = score([{ stageId: 's', level, stage: plain }], neutral, model);
      expect(result.terms).toHaveLength(1);
      near(result.terms[0]!.levelValue, levelValue);
      near(result.terms[0]!.stageWeight, 2);
      near(result.terms[0]!.contribution, J);
      near(result.journeyImpact, J);
      near(result.businessFactor, 1);
      near(result.priorityScore, J);
    },
  );
});

describe('score: several stages', () => {
  // awareness: HIGH, I 5, R .8, T 50, C125: G 1.0728125 (see gapFactor); W = 5 × .8 × 1.0728125 = 4.29125; 2 × 4.29125 = 8.5825.
  // purchase: MEDIUM, I 3, R .5, no target: G 1; W = 1.5; 1 × 1.5 = 1.5.
  // support: MINIMAL, I 2, R 1, T 80, C15 (15 < 30): G 1; W = 2; .25 × 2 = .5.
  // J = 8.5825 + 1.5 + .5 = 10.5825; effort 3, confidence .8, value 5 (B 1.5): P = 10.5825 × .8 × 1.5 / 3 = 10.5825 × .4 = 4.233.
  const impacts: ScoredImpact[] = [
    { stageId: 'awareness', level: 'HIGH', stage: stage(C125, 50, 5, 0.8) },
    { stageId: 'purchase', level: 'MEDIUM', stage: stage(C125, null, 3, 0.5) },
    { stageId: 'support', level: 'MINIMAL', stage: stage(C15, 80, 2, 1) },
  ];
  const result = score(impacts, { effort: 3, confidence: 0.8, commercialValue: 5 }, DEFAULT_MODEL);

  it.each([
    { i: 0, stageId: 'awareness', level: 'HIGH', levelValue: 2, I: 5, R: 0.8, T: 50, n: 125, A: 32, moe: 10.71875,
      G: 1.0728125, reason: null, W: 4.29125, contribution: 8.5825 },
    { i: 1, stageId: 'purchase', level: 'MEDIUM', levelValue: 1, I: 3, R: 0.5, T: null, n: 125, A: 32, moe: 10.71875,
      G: 1, reason: 'no target', W: 1.5, contribution: 1.5 },
    { i: 2, stageId: 'support', level: 'MINIMAL', levelValue: 0.25, I: 2, R: 1, T: 80, n: 15, A: 20, moe: 196 / 9,
      G: 1, reason: 'fewer than 30 responses (15)', W: 2, contribution: 0.5 },
  ])('term $i: $stageId ($level) contributes $contribution', ({ i, stageId, level, levelValue, I, R, T, n, A, moe, G, reason, W, contribution }) => {
    const term = result.terms[i]!;
    expect(term.stageId).toBe(stageId);
    expect(term.level).toBe(level);
    near(term.levelValue, levelValue);
    near(term.importance, I);
    near(term.reach, R);
    near(term.target, T);
    expect(term.responses).toBe(n);
    near(term.actualNps, A);
    near(term.marginOfError, moe);
    near(term.gapFactor, G);
    expect(term.gapReason).toBe(reason);
    near(term.stageWeight, W);
    near(term.contribution, contribution);
  });

  it('sums the terms, in input order, into J and P', () => {
    expect(result.terms.map(term => term.stageId)).toEqual(['awareness', 'purchase', 'support']);
    near(result.journeyImpact, 10.5825);
    near(result.businessFactor, 1.5);
    expect(result.commercialValue).toBe(5);
    near(result.confidence, 0.8);
    near(result.effort, 3);
    near(result.priorityScore, 4.233);
  });

  it('no impacts: J = 0, P = 0', () => {
    const empty = score([], { effort: 2, confidence: 1, commercialValue: 5 }, DEFAULT_MODEL);
    expect(empty.terms).toEqual([]);
    near(empty.journeyImpact, 0);
    near(empty.businessFactor, 1.5);
    near(empty.priorityScore, 0);
  });
});

describe('score: two initiatives touching the same stage', () => {
  // Shared stage: I 4, R .75, T 50, C125: G 1.0728125; W = 4 × .75 × 1.0728125 = 3 × 1.0728125 = 3.2184375.
  const shared = stage(C125, 50, 4, 0.75);
  it.each([
    // LOW: .5 × 3.2184375 = 1.60921875; effort 2, confidence 1, value 3: P = 1.60921875 / 2 = .804609375.
    { name: 'A (LOW)', level: 'LOW', initiative: { effort: 2, confidence: 1, commercialValue: 3 },
      contribution: 1.60921875, P: 0.804609375 },
    // MASSIVE: 3 × 3.2184375 = 9.6553125; effort 5, confidence .5, value 1 (B .5): P = 9.6553125 × .5 × .5 / 5 = .482765625.
    { name: 'B (MASSIVE)', level: 'MASSIVE', initiative: { effort: 5, confidence: 0.5, commercialValue: 1 },
      contribution: 9.6553125, P: 0.482765625 },
  ] as { name: string; level: LevelName; initiative: typeof neutral; contribution: number; P: number }[])(
    '$name gets stage weight 3.2184375',
    ({ level, initiative, contribution, P }) => {
      const result = score([{ stageId: 'checkout', level, stage: shared }], initiative, DEFAULT_MODEL);
      near(result.terms[0]!.gapFactor, 1.0728125);
      near(result.terms[0]!.stageWeight, 3.2184375);
      near(result.terms[0]!.contribution, contribution);
      near(result.journeyImpact, contribution);
      near(result.priorityScore, P);
    },
  );
});

describe('score: effort, confidence and commercial value', () => {
  // One MEDIUM impact on a stage without target, I 5, R 1: W = 5, J = 1 × 5 = 5; P = 5 × confidence × B / effort.
  const impacts: ScoredImpact[] = [{ stageId: 's', level: 'MEDIUM', stage: stage(C125, null, 5, 1) }];
  const weight1: ScoringWeights = { ...DEFAULT_MODEL, commercialWeight: 1 };
  it.each([
    { effort: 1, confidence: 1, value: 3, model: DEFAULT_MODEL, B: 1, P: 5 }, // 5 × 1 × 1 / 1
    { effort: 2, confidence: 1, value: 3, model: DEFAULT_MODEL, B: 1, P: 2.5 }, // 5 / 2
    { effort: 5, confidence: 1, value: 3, model: DEFAULT_MODEL, B: 1, P: 1 }, // 5 / 5
    { effort: 0.5, confidence: 1, value: 3, model: DEFAULT_MODEL, B: 1, P: 10 }, // 5 / .5
    { effort: 1, confidence: 0.5, value: 3, model: DEFAULT_MODEL, B: 1, P: 2.5 }, // 5 × .5
    { effort: 4, confidence: 0.8, value: 3, model: DEFAULT_MODEL, B: 1, P: 1 }, // 5 × .8 / 4 = 4 / 4
    { effort: 1, confidence: 0, value: 5, model: DEFAULT_MODEL, B: 1.5, P: 0 }, // 5 × 0 × 1.5
    { effort: 2, confidence: 0.6, value: 1, model: DEFAULT_MODEL, B: 0.5, P: 0.75 }, // 5 × .6 × .5 / 2 = 1.5 / 2
    { effort: 2, confidence: 1, value: 5, model: DEFAULT_MODEL, B: 1.5, P: 3.75 }, // 5 × 1.5 / 2 = 7.5 / 2
    { effort: 2, confidence: 1, value: 5, model: weight1, B: 2, P: 5 }, // 5 × 2 / 2
    { effort: 2, confidence: 1, value: 1, model: weight1, B: 0, P: 0 }, // B = 1 + 1 × (−2)/2 = 0
    { effort: 3, confidence: 0.9, value: 4, model: weight1, B: 1.5, P: 2.25 }, // B = 1 + 1 × 1/2; 5 × .9 × 1.5 / 3 = 6.75 / 3
  ])('effort $effort, confidence $confidence, value $value (B $B) → P $P', ({ effort, confidence, value, model, B, P }) => {
    const result = score(impacts, { effort, confidence, commercialValue: value }, model);
    near(result.journeyImpact, 5);
    near(result.businessFactor, B);
    near(result.priorityScore, P);
    expect(result.commercialValue).toBe(value);
    near(result.confidence, confidence);
    near(result.effort, effort);
  });
});
