import { expect } from '@jest/globals';
import { Journey } from '../src/modules/journey/journey.entity.js';
import { JourneyStage } from '../src/modules/journey/journey-stage.entity.js';
import type { TestServer } from './harness.js';

/**
 * Journeys and stages straight through the EntityManager, so that initiative tests do not depend
 * on the journey API. Returns the ids as the API shows them.
 */
export async function createJourney(t: TestServer, name: string, stageNames: string[]): Promise<{ id: string; stages: string[] }> {
  const em = t.db.fork();
  const journey = em.create(Journey, { name } as never);
  const stages = stageNames.map((stageName, index) =>
    em.create(JourneyStage, { journey, name: stageName, position: index + 1, importance: 3, reach: 0.5 } as never),
  );
  await em.flush();
  return { id: String(journey.id), stages: stages.map(stage => String(stage.id)) };
}

export async function createDepartment(t: TestServer, name: string, code: string): Promise<string> {
  const result = await t.gql('mutation($name: String!, $code: String!) { createDepartment(name: $name, code: $code) { id } }', { name, code });
  expect(result.errors).toBeUndefined();
  return result.data!.createDepartment.id;
}

export const INITIATIVE_FIELDS = `id title description departmentId ownerId pillar status effort confidence commercialValue targetQuarter
  pinnedRank pinReason completedAt version createdAt updatedAt contributingDepartmentIds
  department { id code } owner { id email } contributingDepartments { id code }
  impacts { id stageId level levelValue rationale stage { id name } }`;

const ARGS: [string, string][] = [
  ['title', 'String'], ['description', 'String'], ['departmentId', 'ID'], ['ownerId', 'ID'], ['pillar', 'Pillar'],
  ['effort', 'Float'], ['confidence', 'Float'], ['commercialValue', 'Int'], ['targetQuarter', 'String'],
  ['contributingDepartmentIds', '[ID!]'], ['impacts', '[StageImpactInput!]'],
];

const REQUIRED_ON_CREATE = new Set(['title', 'departmentId', 'pillar', 'effort', 'confidence']);

/** createInitiative with whichever arguments are given (so that "omitted" really is omitted). */
export function createInitiative(t: TestServer, input: Record<string, unknown>, token?: string | null, fields = INITIATIVE_FIELDS) {
  const used = ARGS.filter(([name]) => name in input).map(([name, type]): [string, string] => [name, REQUIRED_ON_CREATE.has(name) ? `${type}!` : type]);
  const vars = used.map(([name, type]) => `$${name}: ${type}`).join(', ');
  const call = used.map(([name]) => `${name}: $${name}`).join(', ');
  return t.gql(`mutation(${vars}) { createInitiative(${call}) { ${fields} } }`, input, token);
}

/** updateInitiative(id, version, …) with whichever other arguments are given. */
export function updateInitiative(t: TestServer, input: Record<string, unknown>, token?: string | null, fields = INITIATIVE_FIELDS) {
  const used = ARGS.filter(([name]) => name in input);
  const vars = ['$id: ID!', '$version: Int!', ...used.map(([name, type]) => `$${name}: ${type}`)].join(', ');
  const call = ['id: $id', 'version: $version', ...used.map(([name]) => `${name}: $${name}`)].join(', ');
  return t.gql(`mutation(${vars}) { updateInitiative(${call}) { ${fields} } }`, input, token);
}

export function transition(t: TestServer, input: { id: string; to: string; version: number; reason?: string | null }, token?: string | null) {
  return t.gql(
    'mutation($id: ID!, $to: InitiativeStatus!, $reason: String, $version: Int!) { transitionInitiative(id: $id, to: $to, reason: $reason, version: $version) { id status version completedAt } }',
    input,
    token,
  );
}

/** A valid minimal initiative of `departmentId`, created as the regie person. */
export async function quickInitiative(t: TestServer, departmentId: string, extra: Record<string, unknown> = {}) {
  const result = await createInitiative(t, { title: 'Quick', departmentId, pillar: 'OMNICHANNEL', effort: 1, confidence: 0.5, ...extra });
  expect(result.errors).toBeUndefined();
  return result.data!.createInitiative as { id: string; version: number; status: string } & Record<string, any>;
}
