// The latest assessments per department and the organisation's weakest pillars. Pure, so the unit
// tests run it as is.
import type { Pillar } from './types';

export const PILLARS: readonly Pillar[] = ['JOURNEY_INSIGHT', 'OMNICHANNEL', 'VISION_AND_WAYS_OF_WORKING', 'GOVERNANCE_AND_KPIS'];

/** What these functions read of an assessment. */
export interface Assessed {
  id: string | number;
  departmentId: string;
  assessedAt: string;
  createdAt?: string;
  scores: { pillar: Pillar; score: number }[];
}

export interface DepartmentMaturity<A extends Assessed> {
  latest: A;
  /** The one before it, to compare with; none after a first assessment. */
  previous?: A;
}

/** Later day first; on the same day, the one entered last. */
const newestFirst = (a: Assessed, b: Assessed) => b.assessedAt.localeCompare(a.assessedAt) || (b.createdAt ?? '').localeCompare(a.createdAt ?? '') || Number(b.id) - Number(a.id);

/** Per department id, its latest assessment and the one before. */
export function latestPerDepartment<A extends Assessed>(assessments: readonly A[]): Map<string, DepartmentMaturity<A>> {
  const byDepartment = new Map<string, A[]>();
  for (const assessment of assessments) {
    const key = String(assessment.departmentId);
    byDepartment.set(key, [...(byDepartment.get(key) ?? []), assessment]);
  }
  return new Map(
    [...byDepartment].map(([departmentId, list]) => {
      const [latest, previous] = [...list].sort(newestFirst);
      return [departmentId, { latest, previous }];
    }),
  );
}

/** A pillar's score in an assessment, if it has one. */
export const scoreOf = (assessment: Pick<Assessed, 'scores'> | undefined, pillar: Pillar): number | undefined =>
  assessment?.scores.find(score => score.pillar === pillar)?.score;

export interface PillarMean {
  pillar: Pillar;
  /** The mean over the departments' latest assessments; undefined without any. */
  mean: number | undefined;
  departments: number;
}

/** Each pillar's mean over the departments' latest assessments, the weakest first (pillars without any last). */
export function weakestPillars(latest: readonly Pick<Assessed, 'scores'>[]): PillarMean[] {
  return PILLARS.map(pillar => {
    const scores = latest.map(assessment => scoreOf(assessment, pillar)).filter((score): score is number => score !== undefined);
    return { pillar, mean: scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : undefined, departments: scores.length };
  }).sort((a, b) => (a.mean ?? Infinity) - (b.mean ?? Infinity) || PILLARS.indexOf(a.pillar) - PILLARS.indexOf(b.pillar));
}

/** The mean of the answers of each pillar, from answers keyed by statement (`JOURNEY_INSIGHT_2`); for a form being filled in. */
export function pillarMeans(answers: Readonly<Record<string, unknown>>, statements: readonly { key: string; pillar: Pillar }[]): Record<Pillar, number | undefined> {
  return Object.fromEntries(
    PILLARS.map(pillar => {
      const scores = statements.filter(s => s.pillar === pillar).map(s => Number(answers[s.key])).filter(score => Number.isInteger(score) && score >= 1 && score <= 5);
      const all = statements.filter(s => s.pillar === pillar).length;
      return [pillar, scores.length > 0 && scores.length === all ? scores.reduce((a, b) => a + b, 0) / scores.length : undefined];
    }),
  ) as Record<Pillar, number | undefined>;
}
