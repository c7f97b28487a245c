import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createDepartment } from './initiative-fixtures.js';
import { startTestServer, type TestServer } from './harness.js';

/**
 * Bursts of concurrent edits of one initiative, all sent with the version they read, against the
 * real PostgreSQL server (no request gate): each call succeeds or answers CONFLICT, never anything
 * else, and the final version counts the successes. A burst larger than the connection pool once
 * deadlocked it (a losing edit asked the pool for a second connection to read the current version).
 */
let t: TestServer;
let departmentId: string;

beforeAll(async () => {
  t = await startTestServer();
  departmentId = await createDepartment(t, 'Customer Service', 'CS');
});
afterAll(() => t.close());

type Outcome = 'OK' | string;

const outcome = (result: { errors?: { extensions?: { code?: string } }[] }): Outcome => (result.errors ? String(result.errors[0].extensions?.code) : 'OK');

async function fresh(): Promise<{ id: string; version: number }> {
  const created = await t.gql('mutation($d: ID!) { createInitiative(title: "Burst", departmentId: $d, pillar: OMNICHANNEL, effort: 3, confidence: 0.5) { id version } }', { d: departmentId });
  expect(created.errors).toBeUndefined();
  return created.data!.createInitiative;
}

describe('a burst of concurrent edits of one initiative', () => {
  it('answers every call with success or CONFLICT, and applies each success once', async () => {
    for (let round = 0; round < 3; round++) {
      const { id, version } = await fresh();
      const calls = Array.from({ length: 60 }, (_, i) =>
        t.gql('mutation($id: ID!, $v: Int!, $e: Float!) { updateInitiative(id: $id, version: $v, effort: $e) { version } }', { id, v: version, e: 1 + i }),
      );
      const outcomes = (await Promise.all(calls)).map(outcome);
      const successes = outcomes.filter(o => o === 'OK').length;
      expect(outcomes.filter(o => o !== 'OK' && o !== 'CONFLICT')).toEqual([]);
      expect(successes).toBe(1);
      const now = await t.gql('query($id: ID!) { Initiative(id: $id) { version } }', { id });
      expect(now.data!.Initiative.version).toBe(version + successes);
    }
  }, 120_000);

  it('lets exactly one of two concurrent pins onto one rank win; the other is told who holds it', async () => {
    const submit = async () => {
      const { id, version } = await fresh();
      const moved = await t.gql('mutation($id: ID!, $v: Int!) { transitionInitiative(id: $id, to: UNDER_REVIEW, version: $v) { id version } }', { id, v: version });
      return moved.data!.transitionInitiative as { id: string; version: number };
    };
    const [a, b] = [await submit(), await submit()];
    const pin = (x: { id: string; version: number }) => t.gql('mutation($id: ID!, $v: Int!) { pinRank(id: $id, rank: 7, reason: "Board decision", version: $v) { id } }', { id: x.id, v: x.version });
    const results = await Promise.all([pin(a), pin(b)]);
    expect(results.map(outcome).sort()).toEqual(['BAD_USER_INPUT', 'OK']);
    const refused = results.find(r => r.errors)!;
    const winner = results.find(r => !r.errors)!.data!.pinRank.id;
    expect(refused.errors![0].extensions?.field).toBe('rank');
    expect(refused.errors![0].message).toContain(`initiative ${winner}`);
  });
});
