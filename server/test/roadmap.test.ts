import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { fingerprint, onlyError, startTestServer, type TestServer } from './harness.js';
import { transition } from './initiative-fixtures.js';
import { closeAll, department, expectClose, initiative, journey, ok, quarter, respond, stage, versionOf, type Made } from './scoring-fixtures.js';

/**
 * The roadmap, pins, the quarter plan, overlaps and uncovered moments (DESIGN §2) through the
 * GraphQL API, on small hand-built organisations; one server, each block closing what it made.
 *
 * Scores by hand, P = J × confidence × B / effort with J = Σ level × W, W = I × R × G. The
 * stages of the ranking and plan blocks have no target, so G = 1 and W = I × R; all initiatives
 * have commercial value 3, so B = 1. Levels: MINIMAL 0.25, LOW 0.5, MEDIUM 1, HIGH 2, MASSIVE 3.
 */

let t: TestServer;
let home: string;
let away: string;
/** A journey without a target: stage A (I 5, R 1: W 5), stage B (I 2, R 0.5: W 1), stage C (I 4, R 1: W 4). */
const ids = { journey: '', a: '', b: '', c: '' };

beforeAll(async () => {
  t = await startTestServer();
  ({ home, away } = t.actors.departments);
  ids.journey = await journey(t, 'Reporting an outage', null);
  ids.a = await stage(t, ids.journey, 'Report', 5, 1);
  ids.b = await stage(t, ids.journey, 'Updates', 2, 0.5);
  ids.c = await stage(t, ids.journey, 'Repair', 4, 1);
});
afterAll(() => t.close());

const ROADMAP = `query($quarter: String, $departmentId: ID, $pillar: Pillar, $limit: Int) {
  roadmap(quarter: $quarter, departmentId: $departmentId, pillar: $pillar, limit: $limit) { rank pinned priorityScore journeyImpact carriedOver initiative { id title status pinnedRank } } }`;
const roadmap = (variables: Record<string, unknown> = {}) => ok<Record<string, any>[]>(t, ROADMAP, variables);
/** The roadmap as [id, rank, pinned] rows. */
const order = async (variables: Record<string, unknown> = {}) => (await roadmap(variables)).map(e => [e.initiative.id, e.rank, e.pinned]);

const PIN = 'mutation($id: ID!, $rank: Int!, $reason: String!, $version: Int!) { pinRank(id: $id, rank: $rank, reason: $reason, version: $version) { id pinnedRank pinReason version } }';
const UNPIN = 'mutation($id: ID!, $reason: String!, $version: Int!) { unpinRank(id: $id, reason: $reason, version: $version) { id pinnedRank pinReason version } }';
const pin = async (id: string, rank: number, reason = 'Board priority', token?: string | null) => t.gql(PIN, { id, rank, reason, version: await versionOf(t, id) }, token);
const unpin = async (id: string, reason = 'No longer needed', token?: string | null) => t.gql(UNPIN, { id, reason, version: await versionOf(t, id) }, token);
const decisions = async (id: string) =>
  (await ok(t, 'query($id: ID!) { Initiative(id: $id) { pinnedRank pinReason decisions { action fromValue toValue reason } } }', { id })) as {
    pinnedRank: number | null;
    pinReason: string | null;
    decisions: { action: string; fromValue: string | null; toValue: string | null; reason: string | null }[];
  };

describe('the roadmap and its pins', () => {
  const r: Record<string, Made> = {};

  beforeAll(async () => {
    // R1 HOME, A HIGH: J = 2 × 5 = 10; effort 2 → P = 10 × 1 / 2 = 5.
    r.r1 = await initiative(t, 'UNDER_REVIEW', { title: 'R1 Outage map', departmentId: home, effort: 2, impacts: [{ stageId: ids.a, level: 'HIGH' }] });
    // R2 AWAY, A MEDIUM: J = 5; effort 1, confidence 0.8 → P = 4.
    r.r2 = await initiative(t, 'APPROVED', { title: 'R2 Status texts', departmentId: away, pillar: 'JOURNEY_INSIGHT', effort: 1, confidence: 0.8, impacts: [{ stageId: ids.a, level: 'MEDIUM' }] });
    // R3 HOME (AWAY contributes), B MASSIVE: J = 3 × 1 = 3; effort 1 → P = 3.
    r.r3 = await initiative(t, 'IN_PROGRESS', { title: 'R3 Callback', departmentId: home, contributingDepartmentIds: [away], effort: 1, impacts: [{ stageId: ids.b, level: 'MASSIVE' }] });
    // R4 AWAY, B LOW: J = 0.5; effort 1 → P = 0.5.
    r.r4 = await initiative(t, 'UNDER_REVIEW', { title: 'R4 Survey', departmentId: away, pillar: 'GOVERNANCE_AND_KPIS', effort: 1, impacts: [{ stageId: ids.b, level: 'LOW' }] });
    // Not open candidates, each with A MASSIVE: J = 15, P = 15 (above all of the above).
    r.proposed = await initiative(t, 'PROPOSED', { title: 'Proposed', departmentId: home, effort: 1, impacts: [{ stageId: ids.a, level: 'MASSIVE' }] });
    r.done = await initiative(t, 'DONE', { title: 'Done', departmentId: home, effort: 1, impacts: [{ stageId: ids.a, level: 'MASSIVE' }] });
    r.parked = await initiative(t, 'PARKED', { title: 'Parked', departmentId: away, effort: 1, impacts: [{ stageId: ids.a, level: 'MASSIVE' }] });
    r.rejected = await initiative(t, 'REJECTED', { title: 'Rejected', departmentId: away, effort: 1, impacts: [{ stageId: ids.a, level: 'MASSIVE' }] });
  });
  afterAll(() => closeAll(t));

  it('ranks the open candidates only, by priority score, descending', async () => {
    const entries = await roadmap();
    expect(entries.map(e => [e.initiative.id, e.rank, e.pinned, e.carriedOver])).toEqual([
      [r.r1.id, 1, false, false],
      [r.r2.id, 2, false, false],
      [r.r3.id, 3, false, false],
      [r.r4.id, 4, false, false],
    ]);
    expectClose(entries.map(e => [e.priorityScore, e.journeyImpact]), [[5, 10], [4, 5], [3, 3], [0.5, 0.5]]);
  });

  it('filters by department (owner or contributor), pillar and limit without renumbering', async () => {
    // AWAY owns R2 and R4 and contributes to R3.
    expect(await order({ departmentId: away })).toEqual([[r.r2.id, 2, false], [r.r3.id, 3, false], [r.r4.id, 4, false]]);
    expect(await order({ departmentId: home })).toEqual([[r.r1.id, 1, false], [r.r3.id, 3, false]]);
    expect(await order({ pillar: 'OMNICHANNEL' })).toEqual([[r.r1.id, 1, false], [r.r3.id, 3, false]]);
    expect(await order({ pillar: 'GOVERNANCE_AND_KPIS', departmentId: away })).toEqual([[r.r4.id, 4, false]]);
    expect(await order({ pillar: 'VISION_AND_WAYS_OF_WORKING' })).toEqual([]);
    expect(await order({ limit: 2 })).toEqual([[r.r1.id, 1, false], [r.r2.id, 2, false]]);
    // Readable by every role.
    expect((await t.gql(ROADMAP, {}, t.actors.people.viewer.token)).errors).toBeUndefined();
    expect((await t.gql(ROADMAP, {}, t.actors.people.lead.token)).errors).toBeUndefined();
  });

  it('lets a pin override the order, writes a PIN_RANK decision, and unpins', async () => {
    const pinned = await pin(r.r4.id, 1, 'Regulator deadline');
    expect(pinned.errors).toBeUndefined();
    expect(pinned.data!.pinRank).toMatchObject({ id: r.r4.id, pinnedRank: 1, pinReason: 'Regulator deadline' });
    expect(await order()).toEqual([[r.r4.id, 1, true], [r.r1.id, 2, false], [r.r2.id, 3, false], [r.r3.id, 4, false]]);
    expect((await decisions(r.r4.id)).decisions[0]).toEqual({ action: 'PIN_RANK', fromValue: null, toValue: '1', reason: 'Regulator deadline' });
    // The filtered roadmap keeps the ranks of the one roadmap.
    expect(await order({ departmentId: home })).toEqual([[r.r1.id, 2, false], [r.r3.id, 4, false]]);

    const unpinned = await unpin(r.r4.id, 'Deadline moved');
    expect(unpinned.errors).toBeUndefined();
    expect(unpinned.data!.unpinRank).toMatchObject({ pinnedRank: null, pinReason: null });
    expect((await decisions(r.r4.id)).decisions[0]).toEqual({ action: 'UNPIN', fromValue: '1', toValue: null, reason: 'Deadline moved' });
    expect(await order()).toEqual([[r.r1.id, 1, false], [r.r2.id, 2, false], [r.r3.id, 3, false], [r.r4.id, 4, false]]);
  });

  it('pins only open candidates: PROPOSED, DONE, PARKED and REJECTED are refused, nothing changes', async () => {
    const before = await fingerprint(t.db);
    for (const made of [r.proposed, r.done, r.parked, r.rejected]) {
      expect(onlyError(await pin(made.id, 1)).code).toBe('BAD_USER_INPUT');
    }
    expect(await fingerprint(t.db)).toBe(before);
  });

  it('refuses a rank another pin holds, naming the holder', async () => {
    expect((await pin(r.r4.id, 2, 'Quick win')).errors).toBeUndefined();
    const before = await fingerprint(t.db);
    const error = onlyError(await pin(r.r3.id, 2, 'Also important'));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain(r.r4.id);
    expect(error.message).toContain('R4 Survey');
    expect(await fingerprint(t.db)).toBe(before);
    expect(await order()).toEqual([[r.r1.id, 1, false], [r.r4.id, 2, true], [r.r2.id, 3, false], [r.r3.id, 4, false]]);
    expect((await unpin(r.r4.id)).errors).toBeUndefined();
  });

  it('lets only the regie team pin and unpin', async () => {
    expect((await pin(r.r2.id, 1)).errors).toBeUndefined();
    const before = await fingerprint(t.db);
    const { lead, otherLead, viewer } = t.actors.people;
    for (const token of [lead.token, otherLead.token, viewer.token]) {
      expect(onlyError(await pin(r.r1.id, 3, 'Mine first', token)).code).toBe('FORBIDDEN');
      expect(onlyError(await pin(r.r4.id, 3, 'Mine first', token)).code).toBe('FORBIDDEN');
      expect(onlyError(await unpin(r.r2.id, 'Not yours', token)).code).toBe('FORBIDDEN');
    }
    expect(onlyError(await pin(r.r1.id, 3, 'Anonymous', null)).code).toBe('UNAUTHENTICATED');
    expect(await fingerprint(t.db)).toBe(before);
    expect((await unpin(r.r2.id)).errors).toBeUndefined();
  });

  it('of two concurrent pins on one rank exactly one wins; the other is refused, never an internal error', async () => {
    const c1 = await initiative(t, 'UNDER_REVIEW', { title: 'C1', departmentId: home, effort: 1 });
    const c2 = await initiative(t, 'APPROVED', { title: 'C2', departmentId: away, effort: 1 });
    for (let round = 0; round < 6; round++) {
      const rank = 5 + round;
      const [first, second] = round % 2 === 0 ? [c1, c2] : [c2, c1];
      const [v1, v2] = [await versionOf(t, first.id), await versionOf(t, second.id)];
      const results = await Promise.all([
        t.gql(PIN, { id: first.id, rank, reason: 'race', version: v1 }),
        t.gql(PIN, { id: second.id, rank, reason: 'race', version: v2 }),
      ]);
      const winners = results.filter(result => !result.errors);
      const losers = results.filter(result => result.errors);
      expect({ round, winners: winners.length, losers: losers.length }).toEqual({ round, winners: 1, losers: 1 });
      const error = onlyError(losers[0]);
      expect(['BAD_USER_INPUT', 'CONFLICT']).toContain(error.code);
      const winner = winners[0].data!.pinRank.id as string;
      const held = await ok<{ id: string }[]>(t, '{ allInitiatives(filter: { pinned: true }) { id pinnedRank } }');
      expect(held).toEqual([{ id: winner, pinnedRank: rank }]);
      expect((await unpin(winner)).errors).toBeUndefined();
    }
    for (const made of [c1, c2]) expect((await transition(t, { id: made.id, to: 'REJECTED', version: await versionOf(t, made.id), reason: 'done racing' })).errors).toBeUndefined();
  });

  it('never leaves a parked initiative pinned when a pin races its parking', async () => {
    for (let round = 0; round < 5; round++) {
      const racer = await initiative(t, 'APPROVED', { title: `Racer ${round}`, departmentId: home, effort: 1 });
      const [pinned, parked] = await Promise.all([
        t.gql(PIN, { id: racer.id, rank: 20 + round, reason: 'race', version: racer.version }),
        transition(t, { id: racer.id, to: 'PARKED', version: racer.version, reason: 'race' }),
      ]);
      for (const result of [pinned, parked]) if (result.errors) expect(['BAD_USER_INPUT', 'CONFLICT']).toContain(onlyError(result).code);
      // Both carried the same version: exactly one of them can win.
      expect([pinned, parked].filter(result => !result.errors)).toHaveLength(1);
      const after = await ok(t, 'query($id: ID!) { Initiative(id: $id) { status pinnedRank version } }', { id: racer.id });
      if (parked.errors) {
        expect(after).toMatchObject({ status: 'APPROVED', pinnedRank: 20 + round });
        expect((await transition(t, { id: racer.id, to: 'REJECTED', version: after.version, reason: 'done racing' })).errors).toBeUndefined();
      } else {
        expect(after).toMatchObject({ status: 'PARKED', pinnedRank: null });
      }
    }
  });

  it('keeps a pin through a move within the open set and clears it, in the same Decision, on leaving it', async () => {
    const keep = await initiative(t, 'APPROVED', { title: 'Keeps its pin', departmentId: home, effort: 1 });
    expect((await pin(keep.id, 7)).errors).toBeUndefined();
    const started = await transition(t, { id: keep.id, to: 'IN_PROGRESS', version: await versionOf(t, keep.id) });
    expect(started.errors).toBeUndefined();
    expect((await decisions(keep.id)).pinnedRank).toBe(7);

    const leaving: [string, Made, string, string][] = [
      ['PARKED', r.r2, 'APPROVED', 'PARK'],
      ['REJECTED', r.r1, 'UNDER_REVIEW', 'REJECT'],
      ['DONE', r.r3, 'IN_PROGRESS', 'COMPLETE'],
    ];
    for (const [to, made, from, action] of leaving) {
      expect((await pin(made.id, 1, 'Top')).errors).toBeUndefined();
      const count = (await decisions(made.id)).decisions.length;
      const moved = await transition(t, { id: made.id, to, version: await versionOf(t, made.id), reason: 'Not now' });
      expect(moved.errors).toBeUndefined();
      const after = await decisions(made.id);
      expect(after).toMatchObject({ pinnedRank: null, pinReason: null });
      // One new Decision, the transition, which says the pin was cleared.
      expect(after.decisions).toHaveLength(count + 1);
      expect(after.decisions[0]).toMatchObject({ action, fromValue: from, toValue: to });
      expect(after.decisions[0].reason).toContain('Not now');
      expect(after.decisions[0].reason).toMatch(/pin/i);
      expect(after.decisions[0].reason).toContain('1');
      expect((await order()).map(([id]) => id)).not.toContain(made.id);
    }
    // Rank 1 is free again.
    expect((await pin(r.r4.id, 1)).errors).toBeUndefined();
    const now = await order();
    expect(now[0]).toEqual([r.r4.id, 1, true]);
    expect(now.map(([id]) => id).sort()).toEqual([r.r4.id, keep.id].sort());
  });
});

describe('planning a quarter', () => {
  const Q = quarter(0);
  const PREV = quarter(-1);
  const NEXT = quarter(1);
  const p: Record<string, Made> = {};
  let pla: string;
  let plb: string;

  const PLAN = `query($q: String!) { planQuarter(quarter: $q) { department { id code } capacity plannedEffort remaining
    planned { rank cumulativeEffort carriedOver initiative { id } } deferred { rank reason carriedOver initiative { id } } } }`;
  const plan = async (q: string) => {
    const rows = await ok<Record<string, any>[]>(t, PLAN, { q });
    const byId = (id: string) => {
      const row = rows.find(x => x.department.id === id)!;
      return {
        capacity: row.capacity,
        plannedEffort: row.plannedEffort,
        remaining: row.remaining,
        planned: row.planned.map((x: any) => [x.initiative.id, x.rank, x.cumulativeEffort, x.carriedOver]),
        // Deferred in rank order (DESIGN does not fix their order).
        deferred: [...row.deferred].sort((x: any, y: any) => x.rank - y.rank).map((x: any) => [x.initiative.id, x.rank, x.reason, x.carriedOver]),
      };
    };
    return { rows, byId };
  };

  beforeAll(async () => {
    pla = await department(t, 'Planning A', 'PLA', [{ quarter: Q, personWeeks: 10 }, { quarter: NEXT, personWeeks: 3 }]);
    plb = await department(t, 'Planning B', 'PLB', [{ quarter: NEXT, personWeeks: 5 }]);
    // All on stage C (W 4), confidence 1, value 3:
    // a1 UR, Q, MASSIVE: J 12, effort 4 → P 3
    p.a1 = await initiative(t, 'UNDER_REVIEW', { title: 'a1', departmentId: pla, targetQuarter: Q, effort: 4, impacts: [{ stageId: ids.c, level: 'MASSIVE' }] });
    // a2 APPROVED, Q, HIGH: J 8, effort 4 → P 2
    p.a2 = await initiative(t, 'APPROVED', { title: 'a2', departmentId: pla, targetQuarter: Q, effort: 4, impacts: [{ stageId: ids.c, level: 'HIGH' }] });
    // a3 IN_PROGRESS, no quarter, MEDIUM: J 4, effort 3 → P 1.333333
    p.a3 = await initiative(t, 'IN_PROGRESS', { title: 'a3', departmentId: pla, effort: 3, impacts: [{ stageId: ids.c, level: 'MEDIUM' }] });
    // a4 APPROVED, the previous quarter (carried over), LOW: J 2, effort 2.5 → P 0.8
    p.a4 = await initiative(t, 'APPROVED', { title: 'a4', departmentId: pla, targetQuarter: PREV, effort: 2.5, impacts: [{ stageId: ids.c, level: 'LOW' }] });
    // a5 UR, Q, MINIMAL: J 1, effort 1 → P 1
    p.a5 = await initiative(t, 'UNDER_REVIEW', { title: 'a5', departmentId: pla, targetQuarter: Q, effort: 1, impacts: [{ stageId: ids.c, level: 'MINIMAL' }] });
    // Not candidates for Q: a6 PROPOSED and a7 DONE (P 12 each), a8 UR for the next quarter (MINIMAL, effort 2: P 0.5).
    p.a6 = await initiative(t, 'PROPOSED', { title: 'a6', departmentId: pla, targetQuarter: Q, effort: 1, impacts: [{ stageId: ids.c, level: 'MASSIVE' }] });
    p.a7 = await initiative(t, 'DONE', { title: 'a7', departmentId: pla, targetQuarter: Q, effort: 1, impacts: [{ stageId: ids.c, level: 'MASSIVE' }] });
    p.a8 = await initiative(t, 'UNDER_REVIEW', { title: 'a8', departmentId: pla, targetQuarter: NEXT, effort: 2, impacts: [{ stageId: ids.c, level: 'MINIMAL' }] });
    // b1 PLB APPROVED, Q, PLA contributes, HIGH: J 8, effort 5 → P 1.6
    p.b1 = await initiative(t, 'APPROVED', { title: 'b1', departmentId: plb, contributingDepartmentIds: [pla], targetQuarter: Q, effort: 5, impacts: [{ stageId: ids.c, level: 'HIGH' }] });
    // b2 PLB UR, no quarter, MEDIUM: J 4, effort 1 → P 4
    p.b2 = await initiative(t, 'UNDER_REVIEW', { title: 'b2', departmentId: plb, effort: 1, impacts: [{ stageId: ids.c, level: 'MEDIUM' }] });
  });
  afterAll(() => closeAll(t));

  // The one roadmap (every open candidate): b2 4 (1), a1 3 (2), a2 2 (3), b1 1.6 (4), a3 1.333 (5), a5 1 (6), a4 0.8 (7), a8 0.5 (8).
  it('ranks the open candidates across departments and marks what is carried over', async () => {
    const entries = await roadmap();
    expect(entries.map(e => [e.initiative.title, e.rank, e.carriedOver])).toEqual([
      ['b2', 1, false],
      ['a1', 2, false],
      ['a2', 3, false],
      ['b1', 4, false],
      ['a3', 5, false],
      ['a5', 6, false],
      ['a4', 7, true],
      ['a8', 8, false],
    ]);
    expectClose(entries.map(e => e.priorityScore), [4, 3, 2, 1.6, 1.333333, 1, 0.8, 0.5]);
    // For this quarter: all but a8 (next quarter), ranks as on the one roadmap.
    expect((await roadmap({ quarter: Q })).map(e => [e.initiative.title, e.rank, e.carriedOver])).toEqual([
      ['b2', 1, false],
      ['a1', 2, false],
      ['a2', 3, false],
      ['b1', 4, false],
      ['a3', 5, false],
      ['a5', 6, false],
      ['a4', 7, true],
    ]);
    // For the next quarter: a8, those without a quarter, and a4 whose quarter has passed; not this quarter's.
    expect((await roadmap({ quarter: NEXT })).map(e => [e.initiative.title, e.rank, e.carriedOver])).toEqual([
      ['b2', 1, false],
      ['a3', 5, false],
      ['a4', 7, true],
      ['a8', 8, false],
    ]);
  });

  it('fills each department’s capacity in rank order, approved and in progress first; defers the rest with the reason', async () => {
    const { rows, byId } = await plan(Q);
    // PLA, capacity 10. Approved/in progress in rank order: a2 (3), a3 (5), a4 (7); then under review: a1 (2), a5 (6).
    //   a2: 0 + 4 = 4 ≤ 10 → planned, cumulative 4
    //   a3: 4 + 3 = 7 ≤ 10 → planned, cumulative 7
    //   a4: 7 + 2.5 = 9.5 ≤ 10 → planned, cumulative 9.5, carried over from the previous quarter
    //   a1: 9.5 + 4 = 13.5 > 10 → deferred, over by 13.5 − 10 = 3.5
    //   a5: 9.5 + 1 = 10.5 > 10 → deferred, over by 0.5
    // planned 9.5, remaining 10 − 9.5 = 0.5. b1 (PLA contributes) consumes nothing of PLA; a6, a7, a8 are not candidates.
    expect(byId(pla)).toEqual({
      capacity: 10,
      plannedEffort: 9.5,
      remaining: 0.5,
      planned: [
        [p.a2.id, 3, 4, false],
        [p.a3.id, 5, 7, false],
        [p.a4.id, 7, 9.5, true],
      ],
      deferred: [
        [p.a1.id, 2, 'over capacity by 3.5 person-weeks', false],
        [p.a5.id, 6, 'over capacity by 0.5 person-weeks', false],
      ],
    });
    // PLB has capacity for the next quarter only.
    expect(byId(plb)).toEqual({
      capacity: null,
      plannedEffort: 0,
      remaining: null,
      planned: [],
      deferred: [
        [p.b2.id, 1, `no capacity set for PLB in ${Q}`, false],
        [p.b1.id, 4, `no capacity set for PLB in ${Q}`, false],
      ],
    });
    // Every department is listed; HOME and AWAY have no candidates left.
    expect(rows.map(x => x.department.code).sort()).toEqual(['AWAY', 'HOME', 'PLA', 'PLB']);
    expect(byId(home)).toMatchObject({ planned: [], deferred: [], plannedEffort: 0 });
  });

  it('plans the next quarter with that quarter’s capacity', async () => {
    const { byId } = await plan(NEXT);
    // PLA, capacity 3: a3 (in progress, rank 5): 3 ≤ 3 → planned, cumulative 3;
    //   a4 (approved, carried over, rank 7): 3 + 2.5 = 5.5 > 3 → over by 2.5;
    //   a8 (under review, rank 8): 3 + 2 = 5 > 3 → over by 2. remaining 0.
    expect(byId(pla)).toEqual({
      capacity: 3,
      plannedEffort: 3,
      remaining: 0,
      planned: [[p.a3.id, 5, 3, false]],
      deferred: [
        [p.a4.id, 7, 'over capacity by 2.5 person-weeks', true],
        [p.a8.id, 8, 'over capacity by 2 person-weeks', false],
      ],
    });
    // PLB, capacity 5: b2 (rank 1, effort 1) → planned, cumulative 1; remaining 4. b1 targets this quarter: not a candidate.
    expect(byId(plb)).toEqual({ capacity: 5, plannedEffort: 1, remaining: 4, planned: [[p.b2.id, 1, 1, false]], deferred: [] });
  });

  it('refuses a malformed quarter, naming it', async () => {
    expect(onlyError(await t.gql('{ planQuarter(quarter: "2026-Q5") { capacity } }'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quarter' });
    expect(onlyError(await t.gql('{ roadmap(quarter: "next") { rank } }'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quarter' });
  });
});

describe('overlaps and uncovered moments', () => {
  /**
   * The responses of the stages below (yesterday):
   *   10 P, 10 passives, 20 D: N 40, NPS −25; p' = 10.75/43 = 0.25, d' = 20.75/43 = 0.482558,
   *     0.732558 − 0.054083 = 0.678475, /43 = 0.015778, SE = 12.561244, MoE = 24.620038.
   *   10 P, 10 passives, 30 D: N 50, NPS −40; p' = 10.75/53 = 0.202830, d' = 30.75/53 = 0.580189,
   *     0.783019 − 0.142399 = 0.640619, /53 = 0.012087, SE = 10.994162, MoE = 21.548557.
   *   16 P, 12 passives, 12 D: N 40, NPS 10; p' = 16.75/43 = 0.389535, d' = 12.75/43 = 0.296512,
   *     0.686047 − 0.008653 = 0.677393, /43 = 0.015753, SE = 12.551227, MoE = 24.600405.
   */
  const s: Record<string, string> = {};
  const i: Record<string, Made> = {};
  let journeyId: string;

  beforeAll(async () => {
    await closeAll(t);
    journeyId = await journey(t, 'Moving house', 50);
    s.o1 = await stage(t, journeyId, 'O1', 3, 0.5, 0);
    s.o2 = await stage(t, journeyId, 'O2', 3, 0.5);
    s.o3 = await stage(t, journeyId, 'O3', 3, 0.5);
    s.o4 = await stage(t, journeyId, 'O4', 3, 0.5);
    s.o5 = await stage(t, journeyId, 'O5', 3, 0.5);
    s.u1 = await stage(t, journeyId, 'U1', 4, 1);
    s.u2 = await stage(t, journeyId, 'U2', 5, 1);
    s.u3 = await stage(t, journeyId, 'U3', 3, 1);
    s.u4 = await stage(t, journeyId, 'U4', 5, 1, 30);
    s.u5 = await stage(t, journeyId, 'U5', 5, 0.5);
    s.u6 = await stage(t, journeyId, 'U6', 5, 1);
    await respond(t, { journeyId, stageId: s.o1 }, { promoters: 10, passives: 10, detractors: 20 });
    for (const key of ['u1', 'u2', 'u3', 'u5']) await respond(t, { journeyId, stageId: s[key] }, { promoters: 10, passives: 10, detractors: 30 });
    await respond(t, { journeyId, stageId: s.u4 }, { promoters: 16, passives: 12, detractors: 12 });

    const on = (stageId: string, level = 'MEDIUM') => [{ stageId, level }];
    // O1: HOME under review and AWAY approved → an overlap.
    i.h1 = await initiative(t, 'UNDER_REVIEW', { title: 'h1', departmentId: home, effort: 2, impacts: on(s.o1) });
    i.w1 = await initiative(t, 'APPROVED', { title: 'w1', departmentId: away, effort: 3, impacts: on(s.o1, 'HIGH') });
    // O2: two of HOME → no overlap.
    i.h2 = await initiative(t, 'UNDER_REVIEW', { title: 'h2', departmentId: home, effort: 1, impacts: on(s.o2) });
    i.h3 = await initiative(t, 'IN_PROGRESS', { title: 'h3', departmentId: home, effort: 1, impacts: on(s.o2) });
    // O3, O4, O5: HOME open, AWAY parked / done / rejected → no overlap.
    i.h4 = await initiative(t, 'UNDER_REVIEW', { title: 'h4', departmentId: home, effort: 1, impacts: on(s.o3) });
    i.w4 = await initiative(t, 'PARKED', { title: 'w4', departmentId: away, effort: 1, impacts: on(s.o3) });
    i.h5 = await initiative(t, 'APPROVED', { title: 'h5', departmentId: home, effort: 1, impacts: on(s.o4) });
    i.w5 = await initiative(t, 'DONE', { title: 'w5', departmentId: away, effort: 1, impacts: on(s.o4) });
    i.h6 = await initiative(t, 'IN_PROGRESS', { title: 'h6', departmentId: home, effort: 1, impacts: on(s.o5) });
    i.w6 = await initiative(t, 'REJECTED', { title: 'w6', departmentId: away, effort: 1, impacts: on(s.o5) });
    // U2 touched by an open initiative; U5 only by a parked and a done one.
    i.u2 = await initiative(t, 'UNDER_REVIEW', { title: 'u2', departmentId: home, effort: 1, impacts: on(s.u2) });
    i.u5a = await initiative(t, 'PARKED', { title: 'u5a', departmentId: home, effort: 1, impacts: on(s.u5) });
    i.u5b = await initiative(t, 'DONE', { title: 'u5b', departmentId: away, effort: 1, impacts: on(s.u5) });
  });

  it('lists a stage touched by open initiatives of two departments, with both; not one department twice, nor a parked, done or rejected one', async () => {
    const overlaps = await ok<Record<string, any>[]>(t, `{ overlaps { stage { id } departments { id name } initiatives { id } combinedEffort actualNps marginOfError responses target gap importance reach } }`);
    expect(overlaps.map(o => o.stage.id)).toEqual([s.o1]);
    const [o1] = overlaps;
    expect(o1.departments.map((d: { id: string }) => d.id).sort()).toEqual([home, away].sort());
    // O1: target 0, NPS −25 → gap 25; 40 responses ≥ 30, beyond the margin 25 − 24.620038 = 0.379962 → G = 1.003800, W = 1.5 G.
    // h1 MEDIUM, effort 2: P = 1.5 G / 2 = 0.75 G; w1 HIGH, effort 3: P = 3 G / 3 = G → w1 first (highest score first).
    expect(o1.initiatives.map((x: { id: string }) => x.id)).toEqual([i.w1.id, i.h1.id]);
    // Combined effort 2 + 3 = 5.
    expectClose(o1, { combinedEffort: 5, actualNps: -25, marginOfError: 24.620038, responses: 40, target: 0, gap: 25, importance: 3, reach: 0.5 });
    expect((await t.gql('{ overlaps { stage { id } } }', {}, t.actors.people.viewer.token)).errors).toBeUndefined();
  });

  it('lists important stages below target beyond the margin that no open initiative touches', async () => {
    const moments = await ok<Record<string, any>[]>(t, '{ uncoveredMoments { stage { id } actualNps marginOfError responses target gap importance reach } }');
    // U1 (importance 4, untouched) and U5 (importance 5, only parked/done work): target 50, NPS −40, gap 90 > MoE 21.548557.
    // Not: U2 (touched by an open initiative), U3 (importance 3), U4 (gap 30 − 10 = 20 < MoE 24.600405),
    // U6 (no responses), O1–O5 (importance 3).
    expect(moments.map(m => m.stage.id).sort()).toEqual([s.u1, s.u5].sort());
    expectClose(moments.find(m => m.stage.id === s.u1), { actualNps: -40, marginOfError: 21.548557, responses: 50, target: 50, gap: 90, importance: 4, reach: 1 });
    expectClose(moments.find(m => m.stage.id === s.u5), { actualNps: -40, responses: 50, target: 50, gap: 90, importance: 5, reach: 0.5 });
  });

  it('drops an uncovered moment once an open initiative touches it, and brings it back when that one is parked', async () => {
    const cover = await initiative(t, 'UNDER_REVIEW', { title: 'cover', departmentId: away, effort: 1, impacts: [{ stageId: s.u1, level: 'LOW' }] });
    const ids = async () => (await ok<Record<string, any>[]>(t, '{ uncoveredMoments { stage { id } } }')).map(m => m.stage.id);
    expect(await ids()).toEqual([s.u5]);
    const parked = await transition(t, { id: cover.id, to: 'PARKED', version: cover.version, reason: 'Later' });
    expect(parked.errors).toBeUndefined();
    expect((await ids()).sort()).toEqual([s.u1, s.u5].sort());
  });
});

