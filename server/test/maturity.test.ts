import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addDays, zonedDate } from '../src/common/time-zone.js';
import { fingerprint, onlyError, startTestServer, type TestServer } from './harness.js';

/**
 * CX maturity (DESIGN §1, §4, §5). The organisation's clock is UTC+14 here, so that "today"
 * is the organisation's day and not the server's: from 10:00 UTC on it is already tomorrow there.
 */
const TIME_ZONE = 'Pacific/Kiritimati';
let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ env: { REGIE_TIME_ZONE: TIME_ZONE } });
});
afterAll(() => t.close());

const PILLARS = ['JOURNEY_INSIGHT', 'OMNICHANNEL', 'VISION_AND_WAYS_OF_WORKING', 'GOVERNANCE_AND_KPIS'];
const KEYS = PILLARS.flatMap(pillar => [1, 2, 3].map(n => `${pillar}_${n}`));

type Answer = { statement: string; score: number };
/** Scores per pillar, statements _1 _2 _3, as answers in the questionnaire's order. */
const answersOf = (scores: [number, number, number][]): Answer[] => scores.flatMap((three, p) => three.map((score, i) => ({ statement: `${PILLARS[p]}_${i + 1}`, score })));

const FIELDS = `id departmentId department { id name } assessedAt answers { statement score } journeyInsight omnichannel visionAndWaysOfWorking governanceAndKpis
  scores { pillar score } overall assessedById assessedByName createdAt`;
const CREATE = `mutation($d: ID!, $at: String!, $answers: [MaturityAnswerInput!]!) {
  createMaturityAssessment(departmentId: $d, assessedAt: $at, answers: $answers) { ${FIELDS} } }`;

const create = (departmentId: string, assessedAt: string, answers: unknown[], token?: string) => t.gql(CREATE, { d: departmentId, at: assessedAt, answers }, token);
const today = () => zonedDate(new Date(), TIME_ZONE);
const remove = (id: string) => t.gql('mutation($id: ID!) { deleteMaturityAssessment(id: $id) { id } }', { id });

describe('the questionnaire', () => {
  it('has three statements per pillar, in the order of the pillars, with stable keys and English text', async () => {
    for (const token of [t.actors.people.viewer.token, t.actors.people.lead.token]) {
      const result = await t.gql('{ maturityQuestionnaire { key pillar text } }', {}, token);
      expect(result.errors).toBeUndefined();
      const statements = result.data!.maturityQuestionnaire as { key: string; pillar: string; text: string }[];
      expect(statements.map(s => s.key)).toEqual(KEYS);
      expect(statements.map(s => s.pillar)).toEqual(PILLARS.flatMap(p => [p, p, p]));
      for (const statement of statements) expect(statement.text).toMatch(/^[A-Z].{20,200}\.$/);
      expect(new Set(statements.map(s => s.text)).size).toBe(12);
    }
  });
});

describe('recording an assessment', () => {
  it('stores the answers in the questionnaire’s order and each pillar’s mean (two decimals), and reads them back', async () => {
    // JOURNEY_INSIGHT 5 4 4 → 13/3 = 4.33; OMNICHANNEL 1 2 2 → 5/3 = 1.67; VISION 3 3 3 → 3;
    // GOVERNANCE 2 5 4 → 11/3 = 3.67; overall 38/12 = 3.1666… → 3.17.
    const answers = answersOf([[5, 4, 4], [1, 2, 2], [3, 3, 3], [2, 5, 4]]);
    const scrambled = [...answers].reverse();
    const created = await create(t.actors.departments.home, '2026-06-30', scrambled);
    expect(created.errors).toBeUndefined();
    const assessment = created.data!.createMaturityAssessment;
    expect(assessment).toMatchObject({
      departmentId: t.actors.departments.home,
      department: { id: t.actors.departments.home, name: 'Home Department' },
      assessedAt: '2026-06-30',
      answers,
      journeyInsight: 4.33,
      omnichannel: 1.67,
      visionAndWaysOfWorking: 3,
      governanceAndKpis: 3.67,
      scores: [
        { pillar: 'JOURNEY_INSIGHT', score: 4.33 },
        { pillar: 'OMNICHANNEL', score: 1.67 },
        { pillar: 'VISION_AND_WAYS_OF_WORKING', score: 3 },
        { pillar: 'GOVERNANCE_AND_KPIS', score: 3.67 },
      ],
      overall: 3.17,
      assessedById: t.actors.people.regie.id,
      assessedByName: 'Test regie',
    });
    expect(Date.now() - Date.parse(assessment.createdAt)).toBeLessThan(60_000);
    // Read back as one SQL statement, and through the entities (a directive takes that path): the same.
    const read = await t.gql(`query($id: ID!) { MaturityAssessment(id: $id) { ${FIELDS} } }`, { id: assessment.id }, t.actors.people.viewer.token);
    expect(read.data!.MaturityAssessment).toEqual(assessment);
    const slow = await t.gql(`query($id: ID!) { MaturityAssessment(id: $id) { id @include(if: true) ${FIELDS.replace(/^id /, '')} } }`, { id: assessment.id });
    expect(slow.data!.MaturityAssessment).toEqual(assessment);

    const trail = await t.gql('query($id: ID!) { allAuditEntries(filter: { entity: "MaturityAssessment", entityId: $id }) { operation action actorName actorEmail changes { field after } } }', { id: assessment.id });
    expect(trail.data!.allAuditEntries).toEqual([
      expect.objectContaining({ operation: 'createMaturityAssessment', action: 'CREATE', actorName: 'Test regie', actorEmail: 'regie@test.regie' }),
    ]);
    expect(trail.data!.allAuditEntries[0].changes).toEqual(expect.arrayContaining([{ field: 'omnichannel', after: 1.67 }, { field: 'answers', after: answers }]));
    expect((await remove(assessment.id)).errors).toBeUndefined();
    expect(onlyError(await t.gql('query($id: ID!) { MaturityAssessment(id: $id) { id } }', { id: assessment.id })).code).toBe('NOT_FOUND');
  });

  it("accepts today on the organisation's clock, and all fives or all ones", async () => {
    for (const [score, at] of [[5, today()], [1, '2000-01-01']] as const) {
      const created = await create(t.actors.departments.away, at, KEYS.map(statement => ({ statement, score })));
      expect(created.errors).toBeUndefined();
      expect(created.data!.createMaturityAssessment).toMatchObject({ assessedAt: at, journeyInsight: score, governanceAndKpis: score, overall: score });
      await remove(created.data!.createMaturityAssessment.id);
    }
  });

  const valid = () => answersOf([[3, 3, 3], [3, 3, 3], [3, 3, 3], [3, 3, 3]]);
  const withScore = (index: number, score: number) => valid().map((a, i) => (i === index ? { ...a, score } : a));

  it.each<[string, string, () => { d?: string; at?: string; answers?: unknown[] }]>([
    ['departmentId', 'malformed', () => ({ d: 'abc' })],
    ['departmentId', 'unknown', () => ({ d: '999999' })],
    ['assessedAt', 'not a date', () => ({ at: 'yesterday' })],
    ['assessedAt', 'a day that does not exist', () => ({ at: '2026-02-30' })],
    ['assessedAt', 'with a time', () => ({ at: '2026-02-03T10:00:00Z' })],
    ['assessedAt', "tomorrow on the organisation's clock", () => ({ at: addDays(today(), 1) })],
    ['assessedAt', 'far in the future', () => ({ at: '2999-01-01' })],
    ['answers', 'no answers', () => ({ answers: [] })],
    ['answers', 'a statement left out', () => ({ answers: valid().slice(0, 11) })],
    ['answers', 'far too many answers', () => ({ answers: [...valid(), ...valid(), { statement: KEYS[0], score: 3 }] })],
    ['answers.12.statement', 'a statement answered twice', () => ({ answers: [...valid(), { statement: 'OMNICHANNEL_2', score: 4 }] })],
    ['answers.5.statement', 'an unknown statement', () => ({ answers: valid().map((a, i) => (i === 5 ? { ...a, statement: 'OMNICHANNEL_4' } : a)) })],
    ['answers.0.statement', 'a key in the wrong case', () => ({ answers: valid().map((a, i) => (i === 0 ? { ...a, statement: 'journey_insight_1' } : a)) })],
    ['answers.3.score', 'a score of 0', () => ({ answers: withScore(3, 0) })],
    ['answers.3.score', 'a score of 6', () => ({ answers: withScore(3, 6) })],
    ['answers.11.score', 'a negative score', () => ({ answers: withScore(11, -1) })],
  ])('refuses %s (%s) with BAD_USER_INPUT naming it, storing nothing', async (field, _case, change) => {
    const before = await fingerprint(t.db);
    const input = { d: t.actors.departments.home, at: '2026-05-01', answers: valid(), ...change() };
    const error = onlyError(await t.gql(CREATE, input));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(error.message).toContain(field.startsWith('answers.') ? field : field.split('.')[0]);
    expect(await fingerprint(t.db)).toBe(before);
  });

  it('refuses a score that is not a whole number (the Int type itself), storing nothing', async () => {
    const before = await fingerprint(t.db);
    expect(onlyError(await t.gql(CREATE, { d: t.actors.departments.home, at: '2026-05-01', answers: withScore(2, 2.5) })).code).toBe('BAD_USER_INPUT');
    expect(await fingerprint(t.db)).toBe(before);
  });
});

describe('who may assess (DESIGN §5: the regie team any department, a lead their own)', () => {
  const people = () => t.actors.people;
  const answers = () => KEYS.map((statement, i) => ({ statement, score: (i % 5) + 1 }));

  it('the regie team assesses any department, and a lead their own (a self-assessment, by name)', async () => {
    const regie = await create(t.actors.departments.away, '2026-03-01', answers());
    expect(regie.errors).toBeUndefined();
    const lead = await create(t.actors.departments.home, '2026-03-01', answers(), people().lead.token);
    expect(lead.errors).toBeUndefined();
    expect(lead.data!.createMaturityAssessment).toMatchObject({ departmentId: t.actors.departments.home, assessedById: people().lead.id, assessedByName: 'Test lead' });
    for (const created of [regie, lead]) await remove(created.data!.createMaturityAssessment.id);
  });

  it.each([
    ['a lead, for another department', 'lead', 'away'],
    ["another department's lead", 'otherLead', 'home'],
    ['a viewer', 'viewer', 'home'],
  ] as const)('%s may not (FORBIDDEN), and nothing changes', async (_label, who, where) => {
    const before = await fingerprint(t.db);
    expect(onlyError(await create(t.actors.departments[where], '2026-03-01', answers(), people()[who].token)).code).toBe('FORBIDDEN');
    expect(await fingerprint(t.db)).toBe(before);
  });

  it('no API token may, whatever its scopes and department (FORBIDDEN), and nothing changes', async () => {
    const issued = await t.gql('mutation($d: ID) { issueApiToken(name: "assessor", scopes: ["read", "initiatives:write"], departmentId: $d) { secret } }', { d: t.actors.departments.home });
    const secret = issued.data!.issueApiToken.secret as string;
    const before = await fingerprint(t.db);
    expect(onlyError(await create(t.actors.departments.home, '2026-03-01', answers(), secret)).code).toBe('FORBIDDEN');
    expect(await fingerprint(t.db)).toBe(before);
    // It reads, as everyone does.
    expect((await t.gql('{ maturityQuestionnaire { key } allMaturityAssessments { id } }', {}, secret)).errors).toBeUndefined();
  });

  it('only the regie team deletes a mistaken assessment', async () => {
    const created = await create(t.actors.departments.home, '2026-03-02', answers(), people().lead.token);
    const id = created.data!.createMaturityAssessment.id;
    const before = await fingerprint(t.db);
    for (const who of ['lead', 'viewer'] as const) {
      expect(onlyError(await t.gql('mutation($id: ID!) { deleteMaturityAssessment(id: $id) { id } }', { id }, people()[who].token)).code).toBe('FORBIDDEN');
    }
    expect(await fingerprint(t.db)).toBe(before);
    const deleted = await t.gql('mutation($id: ID!) { deleteMaturityAssessment(id: $id) { id assessedAt departmentId overall } }', { id });
    expect(deleted.data!.deleteMaturityAssessment).toEqual({ id, assessedAt: '2026-03-02', departmentId: t.actors.departments.home, overall: 2.75 });
    expect(onlyError(await t.gql('mutation($id: ID!) { deleteMaturityAssessment(id: $id) { id } }', { id })).code).toBe('NOT_FOUND');
    const trail = await t.gql('query($id: ID!) { allAuditEntries(filter: { entity: "MaturityAssessment", entityId: $id }, sortField: "id") { operation action actorName } }', { id });
    expect(trail.data!.allAuditEntries).toEqual([
      { operation: 'createMaturityAssessment', action: 'CREATE', actorName: 'Test lead' },
      { operation: 'deleteMaturityAssessment', action: 'DELETE', actorName: 'Test regie' },
    ]);
  });
});

describe('listing assessments', () => {
  const ids: Record<string, string> = {};
  const uniform = (score: number) => KEYS.map(statement => ({ statement, score }));

  beforeAll(async () => {
    // Key: department/date; overall 2, 4, 3, 5 (uniform scores), journey insight varied.
    const plan: [string, 'home' | 'away', string, Answer[]][] = [
      ['home/2026-01-10', 'home', '2026-01-10', uniform(2)],
      ['away/2026-02-20', 'away', '2026-02-20', uniform(4)],
      ['home/2026-07-05', 'home', '2026-07-05', uniform(3)],
      ['away/2025-12-01', 'away', '2025-12-01', uniform(5)],
    ];
    for (const [key, department, at, answers] of plan) {
      const created = await create(t.actors.departments[department], at, answers);
      expect(created.errors).toBeUndefined();
      ids[key] = created.data!.createMaturityAssessment.id;
    }
  });

  const list = (args: string, filter?: Record<string, unknown>) =>
    t.gql(`query($filter: MaturityAssessmentFilter) { allMaturityAssessments(${args}filter: $filter) { id } _allMaturityAssessmentsMeta(filter: $filter) { count } }`, { filter });
  const keysOf = (result: { data?: any; errors?: unknown }) => {
    expect(result.errors).toBeUndefined();
    const byId = Object.fromEntries(Object.entries(ids).map(([key, id]) => [id, key]));
    return result.data!.allMaturityAssessments.map((a: { id: string }) => byId[a.id]);
  };

  it.each<[string, Record<string, unknown>, string[]]>([
    ['nothing', {}, ['home/2026-01-10', 'away/2026-02-20', 'home/2026-07-05', 'away/2025-12-01']],
    ['departmentId', { departmentId: 'home' }, ['home/2026-01-10', 'home/2026-07-05']],
    ['ids', { ids: ['away/2026-02-20', 'away/2025-12-01'] }, ['away/2026-02-20', 'away/2025-12-01']],
    ['assessedAt_gte (the day itself included)', { assessedAt_gte: '2026-02-20' }, ['away/2026-02-20', 'home/2026-07-05']],
    ['assessedAt_lte (the day itself included)', { assessedAt_lte: '2026-01-10' }, ['home/2026-01-10', 'away/2025-12-01']],
    ['a range and a department', { departmentId: 'away', assessedAt_gte: '2026-01-01', assessedAt_lte: '2026-12-31' }, ['away/2026-02-20']],
    ['nothing matching', { assessedAt_gte: '2027-01-01' }, []],
  ])('filters by %s, with a matching count', async (_label, raw, expected) => {
    const filter = Object.fromEntries(
      Object.entries(raw).map(([key, value]) => [key, key === 'departmentId' ? t.actors.departments[value as 'home' | 'away'] : key === 'ids' ? (value as string[]).map(k => ids[k]) : value]),
    );
    const result = await list('sortField: "id", ', filter);
    expect(keysOf(result)).toEqual(expected);
    expect(result.data!._allMaturityAssessmentsMeta.count).toBe(expected.length);
  });

  it.each([
    ['assessedAt', 'ASC', ['away/2025-12-01', 'home/2026-01-10', 'away/2026-02-20', 'home/2026-07-05']],
    ['assessedAt', 'DESC', ['home/2026-07-05', 'away/2026-02-20', 'home/2026-01-10', 'away/2025-12-01']],
    ['overall', 'DESC', ['away/2025-12-01', 'away/2026-02-20', 'home/2026-07-05', 'home/2026-01-10']],
    ['journeyInsight', 'ASC', ['home/2026-01-10', 'home/2026-07-05', 'away/2026-02-20', 'away/2025-12-01']],
    // Away Department before Home Department; within one, by id.
    ['department.name', 'ASC', ['away/2026-02-20', 'away/2025-12-01', 'home/2026-01-10', 'home/2026-07-05']],
    ['departmentId', 'DESC', ['away/2025-12-01', 'away/2026-02-20', 'home/2026-07-05', 'home/2026-01-10']],
  ])('sorts by %s %s', async (field, order, expected) => {
    expect(keysOf(await list(`sortField: "${field}", sortOrder: "${order}", `))).toEqual(expected);
  });

  it('pages', async () => {
    const first = keysOf(await list('sortField: "assessedAt", page: 0, perPage: 3, '));
    const second = keysOf(await list('sortField: "assessedAt", page: 1, perPage: 3, '));
    expect([...first, ...second]).toEqual(['away/2025-12-01', 'home/2026-01-10', 'away/2026-02-20', 'home/2026-07-05']);
  });

  it.each([
    ['filter.assessedAt_gte', { assessedAt_gte: '2026-13-01' }],
    ['filter.assessedAt_lte', { assessedAt_lte: 'soon' }],
    ['filter.departmentId', { departmentId: 'x' }],
    ['filter.ids', { ids: ['-3'] }],
  ])('refuses a malformed %s', async (field, filter) => {
    expect(onlyError(await list('', filter))).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('refuses to sort by a computed list or an unknown field', async () => {
    for (const sortField of ['scores', 'assessedBy', 'department.secret']) {
      expect(onlyError(await list(`sortField: "${sortField}", `))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sortField' });
    }
  });

  it('keeps a department with assessments from being deleted, naming them', async () => {
    const created = await t.gql('mutation { createDepartment(name: "Assessed", code: "ASSD") { id } }');
    const id = created.data!.createDepartment.id;
    expect((await create(id, '2026-04-01', uniform(3))).errors).toBeUndefined();
    const before = await fingerprint(t.db);
    const error = onlyError(await t.gql('mutation($id: ID!) { deleteDepartment(id: $id) { id } }', { id }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(error.message).toContain('1 maturity assessment (as department)');
    expect(await fingerprint(t.db)).toBe(before);
  });
});
