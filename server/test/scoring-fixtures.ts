import { expect } from '@jest/globals';
import type { GqlResult, TestServer } from './harness.js';
import { createInitiative, transition } from './initiative-fixtures.js';

/**
 * Small hand-made organisations for the score and roadmap tests, built through the GraphQL API
 * only (journeys, stages, departments, capacities, initiatives, survey responses, transitions).
 * Nothing here computes a score: the expectations are worked out by hand in the test files.
 */

/** The first field of a successful result; fails the test with the errors otherwise. */
export function dataOf<T = any>(result: GqlResult): T {
  if (result.errors) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  return Object.values(result.data!)[0] as T;
}

export async function ok<T = any>(t: TestServer, query: string, variables: Record<string, unknown> = {}, token?: string | null): Promise<T> {
  return dataOf<T>(await t.gql(query, variables, token));
}

export async function journey(t: TestServer, name: string, targetNps: number | null = null): Promise<string> {
  return (await ok(t, 'mutation($n: String!, $t: Int) { createJourney(name: $n, targetNps: $t) { id } }', { n: name, t: targetNps })).id;
}

export async function stage(t: TestServer, journeyId: string, name: string, importance: number, reach: number, targetNps: number | null = null): Promise<string> {
  return (
    await ok(t, 'mutation($j: ID!, $n: String!, $i: Int!, $r: Float!, $t: Int) { createJourneyStage(journeyId: $j, name: $n, importance: $i, reach: $r, targetNps: $t) { id } }', {
      j: journeyId,
      n: name,
      i: importance,
      r: reach,
      t: targetNps,
    })
  ).id;
}

export async function department(t: TestServer, name: string, code: string, capacities: { quarter: string; personWeeks: number }[] = []): Promise<string> {
  const { id, version } = await ok(t, 'mutation($n: String!, $c: String!) { createDepartment(name: $n, code: $c) { id version } }', { n: name, c: code });
  if (capacities.length > 0) {
    await ok(t, 'mutation($id: ID!, $v: Int!, $c: [CapacityInput!]) { updateDepartment(id: $id, version: $v, capacities: $c) { id } }', { id, v: version, c: capacities });
  }
  return id;
}

/** A moment `days` whole days before now (1: yesterday, on any clock). */
export const daysAgo = (days: number): string => new Date(Date.now() - days * 86_400_000).toISOString();

let sequence = 0;

/**
 * Records `promoters` (9/10), `passives` (7/8) and `detractors` (0–6) about one stage, `days`
 * days ago; returns the source and external ids used, for erasure.
 */
export async function respond(
  t: TestServer,
  where: { journeyId: string; stageId: string },
  counts: { promoters: number; passives: number; detractors: number },
  days = 1,
  source = `src${sequence++}`,
): Promise<{ source: string; externalIds: string[] }> {
  const scores = [
    ...Array.from({ length: counts.promoters }, (_, i) => 9 + (i % 2)),
    ...Array.from({ length: counts.passives }, (_, i) => 7 + (i % 2)),
    ...Array.from({ length: counts.detractors }, (_, i) => i % 7),
  ];
  const responses = scores.map((score, i) => ({ source, externalId: `${source}-${i}`, score, ...where, respondedAt: daysAgo(days) }));
  const result = await ok(t, 'mutation($r: [SurveyResponseInput!]!) { recordSurveyResponses(responses: $r) { created } }', { r: responses });
  expect(result.created).toBe(responses.length);
  return { source, externalIds: responses.map(r => r.externalId) };
}

export interface Made {
  id: string;
  version: number;
  title: string;
}

/** The legal path from PROPOSED to each status (regie person). */
const PATHS: Record<string, string[]> = {
  PROPOSED: [],
  UNDER_REVIEW: ['UNDER_REVIEW'],
  APPROVED: ['UNDER_REVIEW', 'APPROVED'],
  IN_PROGRESS: ['UNDER_REVIEW', 'APPROVED', 'IN_PROGRESS'],
  DONE: ['UNDER_REVIEW', 'APPROVED', 'IN_PROGRESS', 'DONE'],
  REJECTED: ['UNDER_REVIEW', 'REJECTED'],
  PARKED: ['UNDER_REVIEW', 'PARKED'],
};

/** Moves an initiative along `steps` as the regie person; returns the new version. */
export async function moveAlong(t: TestServer, id: string, version: number, steps: string[], reason = 'set-up'): Promise<number> {
  for (const to of steps) {
    const result = await transition(t, { id, to, version, reason });
    expect(result.errors).toBeUndefined();
    version = result.data!.transitionInitiative.version;
  }
  return version;
}

/** An initiative created as the regie person and brought to `status`. */
export async function initiative(t: TestServer, status: string, input: Record<string, unknown>): Promise<Made> {
  const result = await createInitiative(t, { pillar: 'OMNICHANNEL', confidence: 1, ...input }, undefined, 'id version title');
  const made = dataOf<Made>(result);
  const version = await moveAlong(t, made.id, made.version, PATHS[status]);
  return { id: made.id, version, title: made.title };
}

export async function versionOf(t: TestServer, id: string): Promise<number> {
  return (await ok(t, 'query($id: ID!) { Initiative(id: $id) { version } }', { id })).version;
}

/**
 * Closes every initiative that still counts anywhere (PROPOSED, UNDER_REVIEW, APPROVED,
 * IN_PROGRESS): rejects what can be rejected, completes what is in progress. Lets the describe
 * blocks of one file (one server) start from an empty roadmap.
 */
export async function closeAll(t: TestServer): Promise<void> {
  const open = await ok<{ id: string; version: number; status: string }[]>(
    t,
    '{ allInitiatives(perPage: 1000) { id version status } }',
  );
  const steps: Record<string, string[]> = { PROPOSED: ['UNDER_REVIEW', 'REJECTED'], UNDER_REVIEW: ['REJECTED'], APPROVED: ['REJECTED'], IN_PROGRESS: ['DONE'] };
  for (const i of open) if (steps[i.status]) await moveAlong(t, i.id, i.version, steps[i.status], 'closing the block');
}

/** The organisation's calendar date (Europe/Amsterdam, the default REGIE_TIME_ZONE). */
export const today = (): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

/** The quarter `offset` quarters from the current one in the organisation's calendar: 0 now, −1 the previous. */
export function quarter(offset = 0): string {
  const [year, month] = today().split('-').map(Number);
  const index = year * 4 + Math.floor((month - 1) / 3) + offset;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/**
 * Asserts that every number of `actual` is within 1e-5 of `expected` and every other value equal
 * (recursively over objects and arrays); a key missing from `expected` is not checked.
 */
export function expectClose(actual: unknown, expected: unknown, path = '$'): void {
  if (typeof expected === 'number') {
    if (typeof actual !== 'number' || Math.abs(actual - expected) > 1e-5) throw new Error(`${path}: expected ≈ ${expected}, got ${JSON.stringify(actual)}`);
    return;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) throw new Error(`${path}: expected ${expected.length} items, got ${JSON.stringify(actual)}`);
    expected.forEach((item, i) => expectClose(actual[i], item, `${path}[${i}]`));
    return;
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') throw new Error(`${path}: expected an object, got ${JSON.stringify(actual)}`);
    for (const [key, value] of Object.entries(expected)) expectClose((actual as Record<string, unknown>)[key], value, `${path}.${key}`);
    return;
  }
  if (actual !== expected) throw new Error(`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}
