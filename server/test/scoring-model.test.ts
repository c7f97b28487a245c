import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestServer, type TestServer } from './harness.js';

/** Scoring-model versions on the demo organisation: what follows a new version, and how the versions are read. */
let t: TestServer;

beforeAll(async () => {
  t = await startTestServer({ demo: true });
}, 120_000);
afterAll(() => t.close());

describe('scoring model versions', () => {
  it('give every impact the level value of the active version, on both read paths', async () => {
    const query = (extra: string) => `{ allInitiatives(perPage: 3, filter: { status: APPROVED }) { id ${extra} impacts { level levelValue } } }`;
    const before = (await t.gql(query(''))).data!.allInitiatives as { impacts: { level: string; levelValue: number }[] }[];
    const defaults: Record<string, number> = { MINIMAL: 0.25, LOW: 0.5, MEDIUM: 1, HIGH: 2, MASSIVE: 3 };
    for (const impact of before.flatMap(i => i.impacts)) expect(impact.levelValue).toBe(defaults[impact.level]);

    const changed = await t.gql('mutation { updateScoringModel(levels: [{ level: HIGH, value: 2.5 }, { level: MASSIVE, value: 4 }], reason: "Bigger steps") { version levels { level value } } }');
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.updateScoringModel.levels).toEqual([
      { level: 'MINIMAL', value: 0.25 },
      { level: 'LOW', value: 0.5 },
      { level: 'MEDIUM', value: 1 },
      { level: 'HIGH', value: 2.5 },
      { level: 'MASSIVE', value: 4 },
    ]);
    const now: Record<string, number> = { ...defaults, HIGH: 2.5, MASSIVE: 4 };
    for (const extra of ['', '@include(if: true)']) {
      const after = (await t.gql(query(extra))).data!.allInitiatives as { impacts: { level: string; levelValue: number }[] }[];
      for (const impact of after.flatMap(i => i.impacts)) expect(impact.levelValue).toBe(now[impact.level]);
    }
  });

  it('are listed by ids and version, newest first, with the active one marked', async () => {
    const all = (await t.gql('{ allScoringModels { id version active reason } _allScoringModelsMeta { count } }')).data!;
    expect(all.allScoringModels.map((m: { version: number }) => m.version)).toEqual([2, 1]);
    expect(all.allScoringModels.map((m: { active: boolean }) => m.active)).toEqual([true, false]);
    expect(all._allScoringModelsMeta.count).toBe(2);
    const first = all.allScoringModels[1].id;
    const byIds = (await t.gql('query($ids: [ID!]) { allScoringModels(filter: { ids: $ids }) { version } _allScoringModelsMeta(filter: { ids: $ids }) { count } }', { ids: [first] })).data!;
    expect(byIds).toEqual({ allScoringModels: [{ version: 1 }], _allScoringModelsMeta: { count: 1 } });
    const byVersion = (await t.gql('{ allScoringModels(filter: { version: 2 }) { reason } }')).data!.allScoringModels;
    expect(byVersion).toEqual([{ reason: 'Bigger steps' }]);
  });

  it('previews say which initiatives are pinned (their rank does not follow the score)', async () => {
    const rows = (await t.gql('{ previewScoringModel(gapWeight: 3) { pinned rankBefore rankAfter initiative { pinnedRank } } }')).data!.previewScoringModel as {
      pinned: boolean;
      rankBefore: number;
      rankAfter: number;
      initiative: { pinnedRank: number | null };
    }[];
    expect(rows.filter(r => r.pinned).length).toBeGreaterThan(0);
    for (const row of rows) expect(row.pinned).toBe(row.initiative.pinnedRank !== null);
    for (const row of rows.filter(r => r.pinned)) expect([row.rankBefore, row.rankAfter]).toEqual([row.initiative.pinnedRank, row.initiative.pinnedRank]);
  });
});
