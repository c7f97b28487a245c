import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Person } from '../src/modules/person/person.entity.js';
import { fingerprint, onlyError, startTestServer, type TestServer } from './harness.js';
import { expectSorted, type SortKind } from './sort-order.js';
import { createDepartment, createInitiative, createJourney, quickInitiative, transition, updateInitiative } from './initiative-fixtures.js';

let t: TestServer;
let home: string;
let away: string;
let cs: string;
/** Journey A with stages a1..a3, journey B with b1, b2. */
let a: { id: string; stages: string[] };
let b: { id: string; stages: string[] };

beforeAll(async () => {
  t = await startTestServer();
  ({ home, away } = t.actors.departments);
  cs = await createDepartment(t, 'Customer Service', 'CS');
  a = await createJourney(t, 'Moving house', ['Announce move', 'Meter reading', 'First bill at new address']);
  b = await createJourney(t, 'Reporting an outage', ['Report', 'Updates']);
});
afterAll(() => t.close());

const count = async () => (await t.gql('{ _allInitiativesMeta { count } }')).data!._allInitiativesMeta.count as number;
const read = async (id: string) => (await t.gql('query($id: ID!) { Initiative(id: $id) { id title effort version status impacts { stageId level rationale } contributingDepartmentIds } }', { id })).data!.Initiative;

describe('creating and reading', () => {
  it('creates with every field, returns it with its relations, and reads it back', async () => {
    const result = await createInitiative(t, {
      title: '  Callback booking  ',
      description: 'Book a callback instead of waiting',
      departmentId: home,
      ownerId: t.actors.people.lead.id,
      pillar: 'OMNICHANNEL',
      effort: 6.5,
      confidence: 0.75,
      commercialValue: 4,
      targetQuarter: '2027-Q1',
      contributingDepartmentIds: [cs, away],
      impacts: [
        { stageId: a.stages[0], level: 'HIGH', rationale: 'No more hold music' },
        { stageId: b.stages[1], level: 'MINIMAL' },
      ],
    });
    expect(result.errors).toBeUndefined();
    const created = result.data!.createInitiative;
    expect(created).toMatchObject({
      title: 'Callback booking',
      description: 'Book a callback instead of waiting',
      departmentId: home,
      ownerId: t.actors.people.lead.id,
      pillar: 'OMNICHANNEL',
      status: 'PROPOSED',
      effort: 6.5,
      confidence: 0.75,
      commercialValue: 4,
      targetQuarter: '2027-Q1',
      pinnedRank: null,
      pinReason: null,
      completedAt: null,
      version: 1,
      // In id order, whatever the order given.
      contributingDepartmentIds: [away, cs],
      department: { id: home, code: 'HOME' },
      owner: { id: t.actors.people.lead.id, email: 'lead@test.regie' },
      contributingDepartments: [{ id: away, code: 'AWAY' }, { id: cs, code: 'CS' }],
    });
    expect(created.impacts.map((i: any) => [i.stageId, i.level, i.levelValue, i.rationale, i.stage.name])).toEqual([
      [a.stages[0], 'HIGH', 2, 'No more hold music', 'Announce move'],
      [b.stages[1], 'MINIMAL', 0.25, null, 'Updates'],
    ]);
    const again = await t.gql(`query($id: ID!) { Initiative(id: $id) { id title contributingDepartmentIds impacts { stageId level } department { code } } }`, { id: created.id });
    expect(again.data!.Initiative).toEqual({
      id: created.id,
      title: 'Callback booking',
      contributingDepartmentIds: [away, cs],
      impacts: [{ stageId: a.stages[0], level: 'HIGH' }, { stageId: b.stages[1], level: 'MINIMAL' }],
      department: { code: 'HOME' },
    });
  });

  it('defaults: commercial value 3, the signed-in person as owner, no impacts, no contributors', async () => {
    const created = await quickInitiative(t, home);
    expect(created).toMatchObject({ commercialValue: 3, ownerId: t.actors.people.regie.id, impacts: [], contributingDepartmentIds: [], description: null, targetQuarter: null, status: 'PROPOSED' });
  });

  it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
    expect(onlyError(await t.gql('{ Initiative(id: "999999") { id } }')).code).toBe('NOT_FOUND');
    expect(onlyError(await t.gql('{ Initiative(id: "x") { id } }'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});

describe('validation', () => {
  const valid = () => ({ title: 'Valid', departmentId: home, pillar: 'JOURNEY_INSIGHT', effort: 2, confidence: 0.5 });
  let inactive: string;

  beforeAll(async () => {
    const em = t.db.fork();
    const person = em.create(Person, { name: 'Gone', email: 'gone@test.regie', role: 'VIEWER', active: false } as never);
    await em.flush();
    inactive = String(person.id);
  });

  // [what, the arguments that differ from a valid create, the field named in the error]
  const cases: [string, (() => Record<string, unknown>), string][] = [
    ['empty title', () => ({ title: '' }), 'title'],
    ['blank title', () => ({ title: '   ' }), 'title'],
    ['201-character title', () => ({ title: 'x'.repeat(201) }), 'title'],
    ['huge description', () => ({ description: 'x'.repeat(10_001) }), 'description'],
    ['zero effort', () => ({ effort: 0 }), 'effort'],
    ['negative effort', () => ({ effort: -3 }), 'effort'],
    ['absurd effort', () => ({ effort: 10_001 }), 'effort'],
    ['confidence below 0', () => ({ confidence: -0.01 }), 'confidence'],
    ['confidence above 1', () => ({ confidence: 1.01 }), 'confidence'],
    ['commercial value 0', () => ({ commercialValue: 0 }), 'commercialValue'],
    ['commercial value 6', () => ({ commercialValue: 6 }), 'commercialValue'],
    ['quarter Q5', () => ({ targetQuarter: '2027-Q5' }), 'targetQuarter'],
    ['quarter without dash', () => ({ targetQuarter: '2027Q1' }), 'targetQuarter'],
    ['quarter as a month', () => ({ targetQuarter: '2027-01' }), 'targetQuarter'],
    ['unknown department', () => ({ departmentId: '999999' }), 'departmentId'],
    ['malformed department', () => ({ departmentId: 'abc' }), 'departmentId'],
    ['unknown owner', () => ({ ownerId: '999999' }), 'ownerId'],
    ['inactive owner', () => ({ ownerId: inactive }), 'ownerId'],
    ['owning department as contributor', () => ({ contributingDepartmentIds: [cs, home] }), 'contributingDepartmentIds'],
    ['contributor twice', () => ({ contributingDepartmentIds: [cs, cs] }), 'contributingDepartmentIds'],
    ['unknown contributor', () => ({ contributingDepartmentIds: [cs, '999999'] }), 'contributingDepartmentIds.1'],
    ['unknown stage', () => ({ impacts: [{ stageId: '999999', level: 'LOW' }] }), 'impacts.0.stageId'],
    ['unknown second stage', () => ({ impacts: [{ stageId: a.stages[0], level: 'LOW' }, { stageId: '999999', level: 'LOW' }] }), 'impacts.1.stageId'],
    ['malformed stage id', () => ({ impacts: [{ stageId: 'first', level: 'LOW' }] }), 'impacts.0.stageId'],
    ['the same stage twice', () => ({ impacts: [{ stageId: a.stages[0], level: 'LOW' }, { stageId: a.stages[0], level: 'HIGH' }] }), 'impacts'],
    ['huge rationale', () => ({ impacts: [{ stageId: a.stages[0], level: 'LOW', rationale: 'x'.repeat(2001) }] }), 'impacts.0.rationale'],
  ];

  it.each(cases)('refuses %s naming the field, changing nothing', async (_what, change, field) => {
    const before = await fingerprint(t.db);
    const error = onlyError(await createInitiative(t, { ...valid(), ...change() }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await fingerprint(t.db)).toBe(before);
  });

  it('refuses an unknown impact level (the schema says which)', async () => {
    const error = onlyError(await createInitiative(t, { ...valid(), impacts: [{ stageId: a.stages[0], level: 'ENORMOUS' }] }));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/ENORMOUS/);
  });

  it('accepts the bounds and impacts on stages of several journeys', async () => {
    const result = await createInitiative(t, {
      ...valid(), title: 'x'.repeat(200), effort: 10_000, confidence: 0, commercialValue: 1, targetQuarter: '2030-Q4',
      impacts: [{ stageId: a.stages[2], level: 'MASSIVE' }, { stageId: b.stages[0], level: 'MEDIUM' }],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.createInitiative).toMatchObject({ effort: 10_000, confidence: 0, commercialValue: 1 });
    const other = await createInitiative(t, { ...valid(), effort: 0.5, confidence: 1, commercialValue: 5 });
    expect(other.errors).toBeUndefined();
  });

  it.each([
    ['null title', { title: null }, 'title'],
    ['empty title', { title: '' }, 'title'],
    ['null effort', { effort: null }, 'effort'],
    ['zero effort', { effort: 0 }, 'effort'],
    ['null confidence', { confidence: null }, 'confidence'],
    ['null pillar', { pillar: null }, 'pillar'],
    ['null department', { departmentId: null }, 'departmentId'],
    ['commercial value 9', { commercialValue: 9 }, 'commercialValue'],
    ['bad quarter', { targetQuarter: 'next year' }, 'targetQuarter'],
    ['unknown stage', { impacts: [{ stageId: '999999', level: 'LOW' }] }, 'impacts.0.stageId'],
  ])('refuses an update with %s naming the field, changing nothing', async (_what, change, field) => {
    const created = await quickInitiative(t, home);
    const before = await fingerprint(t.db);
    const error = onlyError(await updateInitiative(t, { id: created.id, version: created.version, ...change }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await fingerprint(t.db)).toBe(before);
  });
});

describe('updating', () => {
  it('changes the given fields only, bumps the version, and refuses a stale one with CONFLICT', async () => {
    const created = await quickInitiative(t, home, { description: 'Keep me', targetQuarter: '2027-Q2', ownerId: t.actors.people.lead.id });
    const result = await updateInitiative(t, { id: created.id, version: 1, title: 'Renamed', effort: 8, confidence: 0.9, commercialValue: 5, pillar: 'GOVERNANCE_AND_KPIS', ownerId: null });
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateInitiative).toMatchObject({
      title: 'Renamed', effort: 8, confidence: 0.9, commercialValue: 5, pillar: 'GOVERNANCE_AND_KPIS', ownerId: null, owner: null,
      description: 'Keep me', targetQuarter: '2027-Q2', version: 2,
    });

    const stale = onlyError(await updateInitiative(t, { id: created.id, version: 1, title: 'Lost edit' }));
    expect(stale).toMatchObject({ code: 'CONFLICT', extensions: { currentVersion: 2 } });
    expect((await read(created.id)).title).toBe('Renamed');

    const cleared = await updateInitiative(t, { id: created.id, version: 2, description: null, targetQuarter: null });
    expect(cleared.data!.updateInitiative).toMatchObject({ description: null, targetQuarter: null, version: 3 });
  });

  it('moves an initiative to another department (regie), which then may not stay a contributor', async () => {
    const created = await quickInitiative(t, home, { contributingDepartmentIds: [cs] });
    const refused = onlyError(await updateInitiative(t, { id: created.id, version: 1, departmentId: cs }));
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contributingDepartmentIds' });
    const moved = await updateInitiative(t, { id: created.id, version: 1, departmentId: cs, contributingDepartmentIds: [home] });
    expect(moved.data!.updateInitiative).toMatchObject({ departmentId: cs, contributingDepartmentIds: [home], version: 2 });
    expect(onlyError(await updateInitiative(t, { id: created.id, version: 2, departmentId: '999999' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'departmentId' });
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    expect(onlyError(await updateInitiative(t, { id: '999999', version: 1, title: 'x' })).code).toBe('NOT_FOUND');
  });
});

describe('impacts and contributors are replaced when given and left alone when omitted', () => {
  it('replaces the set, keeping the rows of stages that stay', async () => {
    const created = await quickInitiative(t, home, {
      contributingDepartmentIds: [cs],
      impacts: [{ stageId: a.stages[0], level: 'HIGH', rationale: 'first' }, { stageId: a.stages[1], level: 'LOW' }],
    });
    const [first, second] = created.impacts;

    // Omitted: untouched (and the version moves only with a change).
    const renamed = await updateInitiative(t, { id: created.id, version: 1, title: 'Only the title' });
    expect(renamed.data!.updateInitiative.impacts).toEqual(created.impacts);
    expect(renamed.data!.updateInitiative.contributingDepartmentIds).toEqual([cs]);

    // Given: exactly the new set; a1 goes, a2 stays (same row, new level), b1 arrives.
    const replaced = await updateInitiative(t, {
      id: created.id, version: 2,
      impacts: [{ stageId: a.stages[1], level: 'MASSIVE', rationale: 'now huge' }, { stageId: b.stages[0], level: 'MINIMAL' }],
      contributingDepartmentIds: [away],
    });
    expect(replaced.errors).toBeUndefined();
    const after = replaced.data!.updateInitiative;
    expect(after.version).toBe(3);
    expect(after.contributingDepartmentIds).toEqual([away]);
    expect(after.impacts.map((i: any) => [i.stageId, i.level, i.rationale])).toEqual([
      [a.stages[1], 'MASSIVE', 'now huge'],
      [b.stages[0], 'MINIMAL', null],
    ]);
    expect(after.impacts[0].id).toBe(second.id);
    const rows = await t.db.orm.em.getConnection().execute<{ id: number }[]>('select id from stage_impact where initiative_id = ? order by id', [Number(created.id)]);
    expect(rows.map(r => String(r.id))).not.toContain(first.id);
    expect(rows).toHaveLength(2);
    expect(await read(created.id)).toMatchObject({ contributingDepartmentIds: [away] });

    // Empty lists remove them all.
    const emptied = await updateInitiative(t, { id: created.id, version: 3, impacts: [], contributingDepartmentIds: [] });
    expect(emptied.data!.updateInitiative).toMatchObject({ impacts: [], contributingDepartmentIds: [], version: 4 });
    expect(await read(created.id)).toMatchObject({ impacts: [], contributingDepartmentIds: [] });
  });

  it('a change of impacts alone bumps the version, so that a concurrent edit conflicts', async () => {
    const created = await quickInitiative(t, home, { impacts: [{ stageId: a.stages[0], level: 'LOW' }] });
    const changed = await updateInitiative(t, { id: created.id, version: 1, impacts: [{ stageId: a.stages[0], level: 'HIGH' }] });
    expect(changed.data!.updateInitiative.version).toBe(2);
    const stale = onlyError(await updateInitiative(t, { id: created.id, version: 1, impacts: [] }));
    expect(stale.code).toBe('CONFLICT');
    expect((await read(created.id)).impacts).toEqual([{ stageId: a.stages[0], level: 'HIGH', rationale: null }]);
  });
});

describe('one save is one transaction', () => {
  // A database refusal in the middle of the save (after the initiative row is written): a
  // trigger that rejects one particular impact.
  beforeAll(async () => {
    const connection = t.db.orm.em.getConnection();
    await connection.execute(`create function refuse_impact() returns trigger language plpgsql as $$
      begin if new.rationale = 'explode' then raise exception 'refused by test trigger'; end if; return new; end $$`);
    await connection.execute('create trigger refuse_impact before insert or update on stage_impact for each row execute function refuse_impact()');
  });
  afterAll(async () => {
    const connection = t.db.orm.em.getConnection();
    await connection.execute('drop trigger refuse_impact on stage_impact');
    await connection.execute('drop function refuse_impact');
  });

  it('a failing impact leaves no initiative, no impacts, no contributors and no audit entries behind', async () => {
    const before = await fingerprint(t.db);
    const initiatives = await count();
    const error = onlyError(await createInitiative(t, {
      title: 'Doomed', departmentId: home, pillar: 'OMNICHANNEL', effort: 1, confidence: 0.5, contributingDepartmentIds: [cs],
      impacts: [{ stageId: a.stages[0], level: 'LOW' }, { stageId: a.stages[1], level: 'LOW', rationale: 'explode' }],
    }));
    expect(error.code).toBe('INTERNAL_SERVER_ERROR');
    expect(error.message).not.toMatch(/trigger/);
    expect(await count()).toBe(initiatives);
    expect(await fingerprint(t.db)).toBe(before);
  });

  it('a failing impact in an update leaves the title and the old impacts as they were', async () => {
    const created = await quickInitiative(t, home, { impacts: [{ stageId: a.stages[0], level: 'LOW' }] });
    const before = await fingerprint(t.db);
    const error = onlyError(await updateInitiative(t, { id: created.id, version: 1, title: 'Half done', impacts: [{ stageId: b.stages[0], level: 'HIGH', rationale: 'explode' }] }));
    expect(error.code).toBe('INTERNAL_SERVER_ERROR');
    expect(await fingerprint(t.db)).toBe(before);
    expect(await read(created.id)).toMatchObject({ title: 'Quick', version: 1, impacts: [{ stageId: a.stages[0], level: 'LOW', rationale: null }] });
  });
});

describe('deleting', () => {
  it('deletes a PROPOSED initiative without decisions, with its impacts, and returns it', async () => {
    const created = await quickInitiative(t, home, { contributingDepartmentIds: [cs], impacts: [{ stageId: a.stages[0], level: 'LOW' }] });
    const deleted = await t.gql('mutation($id: ID!) { deleteInitiative(id: $id) { id title department { code } } }', { id: created.id });
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data!.deleteInitiative).toEqual({ id: created.id, title: 'Quick', department: { code: 'HOME' } });
    expect(onlyError(await t.gql('query($id: ID!) { Initiative(id: $id) { id } }', { id: created.id })).code).toBe('NOT_FOUND');
    const connection = t.db.orm.em.getConnection();
    expect(await connection.execute('select 1 from stage_impact where initiative_id = ?', [Number(created.id)])).toHaveLength(0);
    expect(await connection.execute('select 1 from initiative_contributor where initiative_id = ?', [Number(created.id)])).toHaveLength(0);
    const audit = await t.gql('query($id: ID!) { allAuditEntries(filter: { entityId: $id, entity: "Initiative" }) { action } }', { id: created.id });
    expect(audit.data!.allAuditEntries.map((e: any) => e.action)).toEqual(['CREATE', 'DELETE']);
  });

  it('refuses once it has a history: reject or park it instead', async () => {
    const created = await quickInitiative(t, home);
    const submitted = await transition(t, { id: created.id, to: 'UNDER_REVIEW', version: 1 });
    const underReview = onlyError(await t.gql('mutation($id: ID!) { deleteInitiative(id: $id) { id } }', { id: created.id }));
    expect(underReview).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(underReview.message).toMatch(/is UNDER_REVIEW.*reject or park it instead; its history stays/);

    // Withdrawn: PROPOSED again, but with two decisions in its log.
    await transition(t, { id: created.id, to: 'PROPOSED', version: submitted.data!.transitionInitiative.version });
    const before = await fingerprint(t.db);
    const withHistory = onlyError(await t.gql('mutation($id: ID!) { deleteInitiative(id: $id) { id } }', { id: created.id }));
    expect(withHistory).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(withHistory.message).toMatch(/has 2 decisions.*reject or park it instead; its history stays/);
    expect(await fingerprint(t.db)).toBe(before);
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    expect(onlyError(await t.gql('mutation { deleteInitiative(id: "999999") { id } }')).code).toBe('NOT_FOUND');
  });
});

describe('lists: filters, counts, sorting, pages', () => {
  // A server of its own, so that the expectations below are about these five initiatives only.
  let l: TestServer;
  let n: string[];
  let stamps: string[];
  let ja: { id: string; stages: string[] };
  let jb: { id: string; stages: string[] };
  let dept: Record<'HOME' | 'AWAY' | 'CS' | 'MKT', string>;

  beforeAll(async () => {
    l = await startTestServer();
    dept = { HOME: l.actors.departments.home, AWAY: l.actors.departments.away, CS: await createDepartment(l, 'Customer Service', 'CS'), MKT: await createDepartment(l, 'Marketing', 'MKT') };
    ja = await createJourney(l, 'Moving house', ['a1', 'a2', 'a3']);
    jb = await createJourney(l, 'Outage', ['b1', 'b2']);
    const { people } = l.actors;
    const rows = [
      { title: 'Callback booking', description: 'Book a callback in the app', departmentId: dept.HOME, ownerId: people.lead.id, pillar: 'OMNICHANNEL', effort: 4, confidence: 0.8, commercialValue: 4, targetQuarter: '2027-Q1', contributingDepartmentIds: [dept.CS], impacts: [{ stageId: ja.stages[0], level: 'HIGH' }, { stageId: jb.stages[0], level: 'LOW' }] },
      { title: 'Clear first bill', description: 'Explain the first invoice', departmentId: dept.AWAY, ownerId: people.otherLead.id, pillar: 'JOURNEY_INSIGHT', effort: 10, confidence: 0.5, commercialValue: 3, targetQuarter: '2027-Q2', contributingDepartmentIds: [dept.CS, dept.MKT], impacts: [{ stageId: ja.stages[1], level: 'MEDIUM' }] },
      { title: 'Outage SMS', departmentId: dept.HOME, ownerId: people.regie.id, pillar: 'OMNICHANNEL', effort: 2, confidence: 0.9, commercialValue: 5, targetQuarter: '2027-Q1', impacts: [{ stageId: jb.stages[0], level: 'MASSIVE' }, { stageId: jb.stages[1], level: 'LOW' }] },
      { title: 'KPI tree', description: 'Link callback KPIs to stages', departmentId: dept.CS, ownerId: people.regie.id, pillar: 'GOVERNANCE_AND_KPIS', effort: 20, confidence: 0.3, commercialValue: 1, contributingDepartmentIds: [dept.HOME] },
      { title: 'Journey mapping 100%', description: 'Map every journey', departmentId: dept.MKT, ownerId: people.viewer.id, pillar: 'VISION_AND_WAYS_OF_WORKING', effort: 6, confidence: 1, commercialValue: 2, targetQuarter: '2027-Q3', impacts: [{ stageId: ja.stages[2], level: 'MINIMAL' }] },
    ];
    n = [];
    stamps = [];
    for (const row of rows) {
      const result = await createInitiative(l, row);
      expect(result.errors).toBeUndefined();
      n.push(result.data!.createInitiative.id);
      stamps.push(result.data!.createInitiative.createdAt);
      await new Promise(resolve => setTimeout(resolve, 5));
    }
    // #2 under review; #3 approved and pinned.
    await transition(l, { id: n[1], to: 'UNDER_REVIEW', version: 1 });
    await transition(l, { id: n[2], to: 'UNDER_REVIEW', version: 1 });
    await transition(l, { id: n[2], to: 'APPROVED', version: 2 });
    const pinned = await l.gql('mutation($id: ID!) { pinRank(id: $id, rank: 1, reason: "Board priority", version: 3) { id } }', { id: n[2] });
    expect(pinned.errors).toBeUndefined();
  });
  afterAll(() => l.close());

  const list = async (filter: Record<string, unknown> = {}, args = '') => {
    const result = await l.gql(`query($filter: InitiativeFilter) { allInitiatives(${args}${args ? ', ' : ''}filter: $filter) { id } _allInitiativesMeta(filter: $filter) { count } }`, { filter });
    expect(result.errors).toBeUndefined();
    return { ids: result.data!.allInitiatives.map((i: { id: string }) => i.id) as string[], count: result.data!._allInitiativesMeta.count as number };
  };
  /** The initiatives by their number in `rows` above (1-based). */
  const no = (...numbers: number[]) => numbers.map(k => n[k - 1]);

  it.each<[string, () => Record<string, unknown>, number[]]>([
    ['nothing', () => ({}), [1, 2, 3, 4, 5]],
    ['q in the title or description, any case', () => ({ q: 'CALLBACK' }), [1, 4]],
    ['q with a LIKE wildcard taken literally', () => ({ q: '%' }), [5]],
    ['ids', () => ({ ids: no(1, 3) }), [1, 3]],
    ['departmentId', () => ({ departmentId: dept.HOME }), [1, 3]],
    ['ownerId', () => ({ ownerId: l.actors.people.regie.id }), [3, 4]],
    ['contributingDepartmentId CS', () => ({ contributingDepartmentId: dept.CS }), [1, 2]],
    ['contributingDepartmentId HOME', () => ({ contributingDepartmentId: dept.HOME }), [4]],
    ['stageId', () => ({ stageId: jb.stages[0] }), [1, 3]],
    ['journeyId A (once each, though #1 has one impact there and #3 none)', () => ({ journeyId: ja.id }), [1, 2, 5]],
    ['journeyId B (#3 has two impacts there, counted once)', () => ({ journeyId: jb.id }), [1, 3]],
    ['status PROPOSED', () => ({ status: 'PROPOSED' }), [1, 4, 5]],
    ['status UNDER_REVIEW', () => ({ status: 'UNDER_REVIEW' }), [2]],
    ['status APPROVED', () => ({ status: 'APPROVED' }), [3]],
    ['pillar', () => ({ pillar: 'OMNICHANNEL' }), [1, 3]],
    ['effort_gte', () => ({ effort_gte: 6 }), [2, 4, 5]],
    ['effort_lte', () => ({ effort_lte: 4 }), [1, 3]],
    ['effort between', () => ({ effort_gte: 4, effort_lte: 10 }), [1, 2, 5]],
    ['confidence_gte', () => ({ confidence_gte: 0.8 }), [1, 3, 5]],
    ['confidence_lte', () => ({ confidence_lte: 0.5 }), [2, 4]],
    ['confidence_gte 0 (a bound, not absent)', () => ({ confidence_gte: 0, confidence_lte: 0.3 }), [4]],
    ['commercialValue_gte', () => ({ commercialValue_gte: 4 }), [1, 3]],
    ['commercialValue_lte', () => ({ commercialValue_lte: 2 }), [4, 5]],
    ['targetQuarter', () => ({ targetQuarter: '2027-Q1' }), [1, 3]],
    ['createdAt_gte', () => ({ createdAt_gte: stamps[2] }), [3, 4, 5]],
    ['createdAt_lte', () => ({ createdAt_lte: stamps[1] }), [1, 2]],
    ['createdAt in the future', () => ({ createdAt_gte: new Date(Date.now() + 3_600_000).toISOString() }), []],
    ['pinned', () => ({ pinned: true }), [3]],
    ['not pinned', () => ({ pinned: false }), [1, 2, 4, 5]],
    ['several at once', () => ({ departmentId: dept.HOME, status: 'APPROVED', journeyId: jb.id }), [3]],
  ])('filters by %s, with a count that matches', async (_what, filter, expected) => {
    const result = await list(filter());
    expect(result.ids).toEqual(no(...expected));
    expect(result.count).toBe(expected.length);
  });

  it('refuses malformed ids in filters naming the filter', async () => {
    for (const key of ['ids', 'departmentId', 'ownerId', 'contributingDepartmentId', 'stageId', 'journeyId']) {
      const value = key === 'ids' ? ['x'] : 'x';
      const error = onlyError(await l.gql('query($filter: InitiativeFilter) { allInitiatives(filter: $filter) { id } }', { filter: { [key]: value } }));
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: `filter.${key}` });
    }
  });

  it.each<[string, string, number[]]>([
    ['title', 'ASC', [1, 2, 5, 4, 3]],
    ['effort', 'DESC', [4, 2, 5, 1, 3]],
    ['confidence', 'ASC', [4, 2, 1, 3, 5]],
    ['commercialValue', 'DESC', [3, 1, 2, 5, 4]],
    ['departmentId', 'ASC', [1, 3, 2, 4, 5]],
    ['createdAt', 'DESC', [5, 4, 3, 2, 1]],
  ])('sorts by %s %s', async (field, order, expected) => {
    expect((await list({}, `sortField: "${field}", sortOrder: "${order}"`)).ids).toEqual(no(...expected));
  });

  it.each<[string, SortKind]>([
    ['id', 'id'], ['title', 'text'], ['description', 'text'], ['departmentId', 'id'], ['ownerId', 'id'], ['pillar', 'text'], ['status', 'text'],
    ['effort', 'number'], ['confidence', 'number'], ['commercialValue', 'number'], ['targetQuarter', 'text'], ['pinnedRank', 'number'],
    ['pinReason', 'text'], ['completedAt', 'time'], ['version', 'number'], ['createdAt', 'time'], ['updatedAt', 'time'],
    ['priorityScore', 'number'], ['journeyImpact', 'number'],
  ])('sorts by %s both ways, ties by id', (field, kind) => expectSorted(l, 'allInitiatives', field, kind));

  it('does not sort by impacts', async () => {
    expect(onlyError(await l.gql('{ allInitiatives(sortField: "impacts") { id } }'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sortField' });
  });

  it('paginates from page 0 without repeating rows, the count being of all pages', async () => {
    const pages = [];
    for (const page of [0, 1, 2]) pages.push(await list({}, `page: ${page}, perPage: 2, sortField: "title"`));
    expect(pages.map(p => p.ids)).toEqual([no(1, 2), no(5, 4), no(3)]);
    expect(pages.map(p => p.count)).toEqual([5, 5, 5]);
    const filtered = await list({ status: 'PROPOSED' }, 'page: 1, perPage: 2, sortField: "id"');
    expect(filtered).toEqual({ ids: no(5), count: 3 });
  });
});
