import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { fingerprint, onlyError, startTestServer, type TestServer } from './harness.js';
import { createInitiative, quickInitiative, transition, updateInitiative } from './initiative-fixtures.js';

let t: TestServer;
let home: string;
let away: string;
let tokens: { lead: string; otherLead: string; viewer: string; regie: string };

beforeAll(async () => {
  t = await startTestServer();
  ({ home, away } = t.actors.departments);
  const { people } = t.actors;
  tokens = { lead: people.lead.token, otherLead: people.otherLead.token, viewer: people.viewer.token, regie: people.regie.token };
});
afterAll(() => t.close());

const DECISIONS = 'decisions { id action fromValue toValue reason actorType actorId actorName actorEmail at initiativeId }';
const history = async (id: string) =>
  (await t.gql(`query($id: ID!) { Initiative(id: $id) { status version completedAt ${DECISIONS} } }`, { id })).data!.Initiative;

/** Moves an initiative, asserting success; returns the new version. */
async function move(id: string, to: string, version: number, token?: string, reason?: string): Promise<number> {
  const result = await transition(t, { id, to, version, reason }, token);
  expect(result.errors).toBeUndefined();
  expect(result.data!.transitionInitiative.status).toBe(to);
  return result.data!.transitionInitiative.version;
}

/** An initiative of HOME brought to `status` along the legal path, as the regie person. */
async function initiativeIn(status: string): Promise<{ id: string; version: number }> {
  const { id } = await quickInitiative(t, home);
  const path: Record<string, string[]> = {
    PROPOSED: [],
    UNDER_REVIEW: ['UNDER_REVIEW'],
    APPROVED: ['UNDER_REVIEW', 'APPROVED'],
    IN_PROGRESS: ['UNDER_REVIEW', 'APPROVED', 'IN_PROGRESS'],
    DONE: ['UNDER_REVIEW', 'APPROVED', 'IN_PROGRESS', 'DONE'],
    REJECTED: ['UNDER_REVIEW', 'REJECTED'],
    PARKED: ['UNDER_REVIEW', 'PARKED'],
  };
  let version = 1;
  for (const to of path[status]) version = await move(id, to, version, undefined, 'set-up');
  return { id, version };
}

describe('the status workflow', () => {
  it('walks the happy path, a lead submitting and withdrawing, the regie team deciding; every step is a Decision', async () => {
    const { id } = await quickInitiative(t, home);
    let version = 1;
    version = await move(id, 'UNDER_REVIEW', version, tokens.lead, 'Ready for review');
    version = await move(id, 'PROPOSED', version, tokens.lead, 'Forgot the rationale');
    version = await move(id, 'UNDER_REVIEW', version, tokens.lead);
    version = await move(id, 'APPROVED', version, tokens.regie, 'Fits the Q1 plan');
    version = await move(id, 'IN_PROGRESS', version, tokens.regie);
    const before = Date.now();
    version = await move(id, 'DONE', version, tokens.regie, 'Shipped');
    expect(version).toBe(7);

    const after = await history(id);
    expect(after.status).toBe('DONE');
    expect(Date.parse(after.completedAt)).toBeGreaterThanOrEqual(before - 1000);
    // People by name (DESIGN §1), with the email they had at that moment.
    const lead = { actorType: 'PERSON', actorId: t.actors.people.lead.id, actorName: 'Test lead', actorEmail: 'lead@test.regie' };
    const regie = { actorType: 'PERSON', actorId: t.actors.people.regie.id, actorName: 'Test regie', actorEmail: 'regie@test.regie' };
    // Newest first.
    expect(after.decisions.map(({ action, fromValue, toValue, reason, actorType, actorId, actorName, actorEmail, initiativeId }: any) =>
      ({ action, fromValue, toValue, reason, actorType, actorId, actorName, actorEmail, initiativeId }))).toEqual([
      { action: 'COMPLETE', fromValue: 'IN_PROGRESS', toValue: 'DONE', reason: 'Shipped', ...regie, initiativeId: id },
      { action: 'START', fromValue: 'APPROVED', toValue: 'IN_PROGRESS', reason: null, ...regie, initiativeId: id },
      { action: 'APPROVE', fromValue: 'UNDER_REVIEW', toValue: 'APPROVED', reason: 'Fits the Q1 plan', ...regie, initiativeId: id },
      { action: 'SUBMIT', fromValue: 'PROPOSED', toValue: 'UNDER_REVIEW', reason: null, ...lead, initiativeId: id },
      { action: 'WITHDRAW', fromValue: 'UNDER_REVIEW', toValue: 'PROPOSED', reason: 'Forgot the rationale', ...lead, initiativeId: id },
      { action: 'SUBMIT', fromValue: 'PROPOSED', toValue: 'UNDER_REVIEW', reason: 'Ready for review', ...lead, initiativeId: id },
    ]);
    const times = after.decisions.map((d: any) => Date.parse(d.at));
    expect([...times].sort((x, y) => y - x)).toEqual(times);
  });

  it.each([
    ['UNDER_REVIEW', 'REJECTED', 'REJECT'],
    ['APPROVED', 'REJECTED', 'REJECT'],
    ['UNDER_REVIEW', 'PARKED', 'PARK'],
    ['APPROVED', 'PARKED', 'PARK'],
    ['PARKED', 'UNDER_REVIEW', 'SUBMIT'],
  ])('%s → %s (%s) is legal and logged with its reason', async (from, to, action) => {
    const { id, version } = await initiativeIn(from);
    await move(id, to, version, tokens.regie, `Why ${action}`);
    const [latest] = (await history(id)).decisions;
    expect(latest).toMatchObject({ action, fromValue: from, toValue: to, reason: `Why ${action}` });
  });

  it('a lead may resubmit a parked initiative of their department', async () => {
    const { id, version } = await initiativeIn('PARKED');
    await move(id, 'UNDER_REVIEW', version, tokens.lead);
  });

  it.each([
    ['PROPOSED', 'APPROVED', 'UNDER_REVIEW'],
    ['PROPOSED', 'DONE', 'UNDER_REVIEW'],
    ['PROPOSED', 'REJECTED', 'UNDER_REVIEW'],
    ['UNDER_REVIEW', 'IN_PROGRESS', 'PROPOSED, APPROVED, REJECTED, PARKED'],
    ['APPROVED', 'DONE', 'IN_PROGRESS, REJECTED, PARKED'],
    ['IN_PROGRESS', 'PARKED', 'DONE'],
    ['DONE', 'IN_PROGRESS', 'nothing: it is closed'],
    ['REJECTED', 'UNDER_REVIEW', 'nothing: it is closed'],
    ['PARKED', 'APPROVED', 'UNDER_REVIEW'],
  ])('%s → %s is illegal: BAD_USER_INPUT on `to` naming the legal moves, and nothing changes', async (from, to, legal) => {
    const { id, version } = await initiativeIn(from);
    const before = await fingerprint(t.db);
    const error = onlyError(await transition(t, { id, to, version, reason: 'trying' }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    expect(error.message).toBe(`An initiative cannot go from ${from} to ${to}; from ${from} it can go to ${legal}`);
    expect(await fingerprint(t.db)).toBe(before);
  });

  it('refuses a move to the same status', async () => {
    const { id, version } = await initiativeIn('UNDER_REVIEW');
    const error = onlyError(await transition(t, { id, to: 'UNDER_REVIEW', version }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });

  it.each(['REJECTED', 'PARKED'])('requires a reason to move to %s', async to => {
    const { id, version } = await initiativeIn('UNDER_REVIEW');
    const before = await fingerprint(t.db);
    for (const reason of [undefined, '', '   ']) {
      expect(onlyError(await transition(t, { id, to, version, reason }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    }
    expect(await fingerprint(t.db)).toBe(before);
  });

  it('refuses a stale version with CONFLICT and the current version, changing nothing', async () => {
    const { id, version } = await initiativeIn('UNDER_REVIEW');
    const before = await fingerprint(t.db);
    const error = onlyError(await transition(t, { id, to: 'APPROVED', version: version - 1 }));
    expect(error).toMatchObject({ code: 'CONFLICT', extensions: { currentVersion: version } });
    expect(await fingerprint(t.db)).toBe(before);
  });

  it('answers NOT_FOUND for an unknown initiative', async () => {
    expect(onlyError(await transition(t, { id: '999999', to: 'UNDER_REVIEW', version: 1 })).code).toBe('NOT_FOUND');
  });
});

describe('who may move an initiative', () => {
  it.each(['APPROVED', 'REJECTED', 'PARKED'])('a lead cannot move their own initiative from UNDER_REVIEW to %s', async to => {
    const { id, version } = await initiativeIn('UNDER_REVIEW');
    const before = await fingerprint(t.db);
    expect(onlyError(await transition(t, { id, to, version, reason: 'I like it' }, tokens.lead)).code).toBe('FORBIDDEN');
    expect(await fingerprint(t.db)).toBe(before);
  });

  it.each([
    ['APPROVED', 'IN_PROGRESS'],
    ['IN_PROGRESS', 'DONE'],
  ])('a lead cannot move their own initiative from %s to %s', async (from, to) => {
    const { id, version } = await initiativeIn(from);
    expect(onlyError(await transition(t, { id, to, version }, tokens.lead)).code).toBe('FORBIDDEN');
  });

  it("another department's lead, a viewer and an API token cannot submit", async () => {
    const { id } = await quickInitiative(t, home);
    const issued = await t.gql('mutation($d: ID!) { issueApiToken(name: "writer", scopes: ["read", "initiatives:write"], departmentId: $d) { secret } }', { d: home });
    for (const token of [tokens.otherLead, tokens.viewer, issued.data!.issueApiToken.secret]) {
      expect(onlyError(await transition(t, { id, to: 'UNDER_REVIEW', version: 1 }, token)).code).toBe('FORBIDDEN');
    }
    expect((await history(id)).status).toBe('PROPOSED');
  });
});

describe('who may edit an initiative', () => {
  it('a lead edits their department’s initiatives while PROPOSED or UNDER_REVIEW, not after', async () => {
    const created = await createInitiative(t, { title: 'Lead idea', departmentId: home, pillar: 'OMNICHANNEL', effort: 3, confidence: 0.6 }, tokens.lead);
    expect(created.errors).toBeUndefined();
    const { id } = created.data!.createInitiative;
    expect(created.data!.createInitiative.ownerId).toBe(t.actors.people.lead.id);

    const edited = await updateInitiative(t, { id, version: 1, effort: 4 }, tokens.lead);
    expect(edited.errors).toBeUndefined();
    let version = await move(id, 'UNDER_REVIEW', 2, tokens.lead);
    const underReview = await updateInitiative(t, { id, version, confidence: 0.7 }, tokens.lead);
    expect(underReview.errors).toBeUndefined();
    version = await move(id, 'APPROVED', underReview.data!.updateInitiative.version, tokens.regie);

    const before = await fingerprint(t.db);
    const refused = onlyError(await updateInitiative(t, { id, version, effort: 1 }, tokens.lead));
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toMatch(/APPROVED/);
    expect(onlyError(await t.gql('mutation($id: ID!) { deleteInitiative(id: $id) { id } }', { id }, tokens.lead)).code).toBe('BAD_USER_INPUT');
    expect(await fingerprint(t.db)).toBe(before);
    // The regie team still may.
    expect((await updateInitiative(t, { id, version, effort: 1 })).errors).toBeUndefined();
  });

  it("a lead cannot create, edit, delete or take over another department's initiatives", async () => {
    const before = await fingerprint(t.db);
    expect(onlyError(await createInitiative(t, { title: 'Theirs', departmentId: away, pillar: 'OMNICHANNEL', effort: 1, confidence: 1 }, tokens.lead)).code).toBe('FORBIDDEN');
    expect(await fingerprint(t.db)).toBe(before);

    const theirs = await quickInitiative(t, away);
    const mine = await quickInitiative(t, home);
    const snapshot = await fingerprint(t.db);
    expect(onlyError(await updateInitiative(t, { id: theirs.id, version: 1, title: 'Mine now' }, tokens.lead)).code).toBe('FORBIDDEN');
    expect(onlyError(await t.gql('mutation($id: ID!) { deleteInitiative(id: $id) { id } }', { id: theirs.id }, tokens.lead)).code).toBe('FORBIDDEN');
    expect(onlyError(await updateInitiative(t, { id: mine.id, version: 1, departmentId: away }, tokens.lead)).code).toBe('FORBIDDEN');
    expect(await fingerprint(t.db)).toBe(snapshot);

    // Their own PROPOSED one they may delete.
    expect((await t.gql('mutation($id: ID!) { deleteInitiative(id: $id) { id } }', { id: mine.id }, tokens.lead)).errors).toBeUndefined();
  });

  it('a viewer may not create', async () => {
    expect(onlyError(await createInitiative(t, { title: 'No', departmentId: home, pillar: 'OMNICHANNEL', effort: 1, confidence: 1 }, tokens.viewer)).code).toBe('FORBIDDEN');
  });

  it('a token with initiatives:write bound to HOME creates and edits for HOME only', async () => {
    const issued = await t.gql('mutation($d: ID!) { issueApiToken(name: "planning tool", scopes: ["read", "initiatives:write"], departmentId: $d) { secret } }', { d: home });
    const token = issued.data!.issueApiToken.secret;
    const created = await createInitiative(t, { title: 'From the planning tool', departmentId: home, pillar: 'OMNICHANNEL', effort: 1, confidence: 1 }, token);
    expect(created.errors).toBeUndefined();
    expect(created.data!.createInitiative.ownerId).toBeNull();
    const { id } = created.data!.createInitiative;
    expect((await updateInitiative(t, { id, version: 1, effort: 2 }, token)).errors).toBeUndefined();

    const before = await fingerprint(t.db);
    expect(onlyError(await createInitiative(t, { title: 'Elsewhere', departmentId: away, pillar: 'OMNICHANNEL', effort: 1, confidence: 1 }, token)).code).toBe('FORBIDDEN');
    expect(onlyError(await updateInitiative(t, { id, version: 2, departmentId: away }, token)).code).toBe('FORBIDDEN');
    expect(onlyError(await transition(t, { id, to: 'UNDER_REVIEW', version: 2 }, token)).code).toBe('FORBIDDEN');
    expect(await fingerprint(t.db)).toBe(before);

    const audit = await t.gql('query($id: ID!) { allAuditEntries(filter: { entity: "Initiative", entityId: $id }) { actorType actorName actorEmail operation } }', { id });
    expect(audit.data!.allAuditEntries).toEqual([
      { actorType: 'API_TOKEN', actorName: 'planning tool', actorEmail: null, operation: 'createInitiative' },
      { actorType: 'API_TOKEN', actorName: 'planning tool', actorEmail: null, operation: 'updateInitiative' },
    ]);
  });

});

describe('pinned ranks', () => {
  const pin = (id: string, rank: number, reason: string, version: number, token?: string) =>
    t.gql('mutation($id: ID!, $rank: Int!, $reason: String!, $version: Int!) { pinRank(id: $id, rank: $rank, reason: $reason, version: $version) { pinnedRank pinReason version } }', { id, rank, reason, version }, token);
  const unpin = (id: string, reason: string, version: number, token?: string) =>
    t.gql('mutation($id: ID!, $reason: String!, $version: Int!) { unpinRank(id: $id, reason: $reason, version: $version) { pinnedRank pinReason version } }', { id, reason, version }, token);

  it('the regie team pins, re-pins and unpins, each with a Decision', async () => {
    const { id, version } = await initiativeIn('APPROVED');
    const pinned = await pin(id, 3, 'Board asked', version);
    expect(pinned.data!.pinRank).toEqual({ pinnedRank: 3, pinReason: 'Board asked', version: version + 1 });
    const repinned = await pin(id, 1, 'Outage season', version + 1);
    expect(repinned.data!.pinRank).toEqual({ pinnedRank: 1, pinReason: 'Outage season', version: version + 2 });
    const unpinned = await unpin(id, 'Back to the score', version + 2);
    expect(unpinned.data!.unpinRank).toEqual({ pinnedRank: null, pinReason: null, version: version + 3 });

    const decisions = (await history(id)).decisions.slice(0, 3).map(({ action, fromValue, toValue, reason }: any) => ({ action, fromValue, toValue, reason }));
    expect(decisions).toEqual([
      { action: 'UNPIN', fromValue: '1', toValue: null, reason: 'Back to the score' },
      { action: 'PIN_RANK', fromValue: '3', toValue: '1', reason: 'Outage season' },
      { action: 'PIN_RANK', fromValue: null, toValue: '3', reason: 'Board asked' },
    ]);
  });

  it('refuses leads, bad ranks, blank reasons, stale versions and unpinning what is not pinned, changing nothing', async () => {
    const { id, version } = await initiativeIn('UNDER_REVIEW');
    const before = await fingerprint(t.db);
    expect(onlyError(await pin(id, 1, 'Mine first', version, tokens.lead)).code).toBe('FORBIDDEN');
    expect(onlyError(await pin(id, 0, 'Zero', version))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rank' });
    expect(onlyError(await pin(id, -2, 'Negative', version))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rank' });
    expect(onlyError(await pin(id, 1, '  ', version))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(onlyError(await pin(id, 1, 'Stale', version - 1))).toMatchObject({ code: 'CONFLICT', extensions: { currentVersion: version } });
    expect(onlyError(await unpin(id, 'Nothing to unpin', version))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(await fingerprint(t.db)).toBe(before);
    await pin(id, 2, 'Pinned', version);
    expect(onlyError(await unpin(id, 'Mine', version + 1, tokens.lead)).code).toBe('FORBIDDEN');
    expect(onlyError(await unpin(id, '', version + 1))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
  });
});

describe('the governance log', () => {
  let ids: { first: string; second: string };
  let window: { start: string; end: string };

  beforeAll(async () => {
    const first = await quickInitiative(t, home);
    const second = await quickInitiative(t, home);
    await move(first.id, 'UNDER_REVIEW', 1, tokens.lead);
    await new Promise(resolve => setTimeout(resolve, 20));
    const start = new Date().toISOString();
    await move(first.id, 'APPROVED', 2, tokens.regie, 'Good');
    await move(second.id, 'UNDER_REVIEW', 1, tokens.regie);
    const end = new Date().toISOString();
    await new Promise(resolve => setTimeout(resolve, 20));
    await move(second.id, 'PARKED', 2, tokens.regie, 'Later');
    ids = { first: first.id, second: second.id };
    window = { start, end };
  });

  const list = async (filter: Record<string, unknown>) => {
    const result = await t.gql('query($filter: DecisionFilter) { allDecisions(filter: $filter, sortField: "id") { id action initiativeId } _allDecisionsMeta(filter: $filter) { count } }', { filter });
    expect(result.errors).toBeUndefined();
    return { actions: result.data!.allDecisions.map((d: any) => `${d.initiativeId === ids.first ? 'first' : d.initiativeId === ids.second ? 'second' : 'other'}:${d.action}`), count: result.data!._allDecisionsMeta.count, rows: result.data!.allDecisions };
  };

  it.each<[string, () => Record<string, unknown>, string[]]>([
    ['initiativeId', () => ({ initiativeId: ids.first }), ['first:SUBMIT', 'first:APPROVE']],
    ['initiativeId and action', () => ({ initiativeId: ids.second, action: 'PARK' }), ['second:PARK']],
    ['actorId', () => ({ actorId: t.actors.people.regie.id, initiativeId: ids.second }), ['second:SUBMIT', 'second:PARK']],
    ['actorId of the lead', () => ({ actorId: t.actors.people.lead.id, initiativeId: ids.first }), ['first:SUBMIT']],
    ['at_gte and at_lte', () => ({ at_gte: window.start, at_lte: window.end }), ['first:APPROVE', 'second:SUBMIT']],
    ['at_lte long ago', () => ({ at_lte: '2000-01-01T00:00:00Z' }), []],
  ])('filters by %s with a matching count', async (_what, filter, expected) => {
    const result = await list(filter());
    expect(result.actions).toEqual(expected);
    expect(result.count).toBe(expected.length);
  });

  it('filters by ids and reads one decision with its initiative', async () => {
    const all = await list({ initiativeId: ids.second });
    const [submit] = all.rows;
    const byIds = await list({ ids: [submit.id] });
    expect(byIds.actions).toEqual(['second:SUBMIT']);
    const one = await t.gql('query($id: ID!) { Decision(id: $id) { id action reason actorName actorEmail initiative { id status } } }', { id: submit.id }, tokens.viewer);
    expect(one.data!.Decision).toEqual({ id: submit.id, action: 'SUBMIT', reason: null, actorName: 'Test regie', actorEmail: 'regie@test.regie', initiative: { id: ids.second, status: 'PARKED' } });
    expect(onlyError(await t.gql('{ Decision(id: "999999") { id } }')).code).toBe('NOT_FOUND');
  });

  it('is read-only: no mutation writes a decision directly', async () => {
    const schema = await t.gql('{ __schema { mutationType { fields { name } } } }');
    const names = schema.data!.__schema.mutationType.fields.map((f: { name: string }) => f.name);
    expect(names.filter((name: string) => /decision/i.test(name))).toEqual([]);
  });
});
