import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Person } from '../src/modules/person/person.entity.js';
import { startTestServer, type TestServer } from './harness.js';
import { createDepartment, createInitiative, createJourney } from './initiative-fixtures.js';

/** SQL statements the server ran, as MikroORM logs them (`[query] select …`). */
let statements: string[] = [];
let t: TestServer;
let departments: string[];

beforeAll(async () => {
  t = await startTestServer({ onQuery: message => statements.push(message) });
  departments = [t.actors.departments.home, t.actors.departments.away, await createDepartment(t, 'Customer Service', 'CS'), await createDepartment(t, 'Marketing', 'MKT')];
  const moving = await createJourney(t, 'Moving house', ['m1', 'm2', 'm3', 'm4']);
  const outage = await createJourney(t, 'Reporting an outage', ['o1', 'o2', 'o3', 'o4']);
  const em = t.db.fork();
  const owners = [1, 2, 3, 4, 5].map(k => em.create(Person, { name: `Owner ${k}`, email: `owner${k}@test.regie`, role: 'VIEWER', active: true } as never));
  await em.flush();
  for (let i = 0; i < 50; i++) {
    const result = await createInitiative(t, {
      title: `Initiative ${String(i).padStart(2, '0')}`,
      departmentId: departments[i % 4],
      ownerId: String(owners[i % 5].id),
      pillar: 'OMNICHANNEL',
      effort: 1 + i,
      confidence: 0.5,
      contributingDepartmentIds: [departments[(i + 1) % 4], departments[(i + 2) % 4]],
      impacts: [
        { stageId: moving.stages[i % 4], level: 'HIGH' },
        { stageId: outage.stages[(i + 1) % 4], level: 'LOW' },
      ],
    }, undefined, 'id');
    expect(result.errors).toBeUndefined();
  }
  const transitions = await t.gql('{ allInitiatives(perPage: 10) { id version } }');
  for (const { id, version } of transitions.data!.allInitiatives) {
    await t.gql('mutation($id: ID!, $version: Int!) { transitionInitiative(id: $id, to: UNDER_REVIEW, version: $version) { id } }', { id, version });
  }
});
afterAll(() => t.close());

/** Runs a query and counts the SQL statements it caused (the sign-in lookup of the session included). */
async function measure(query: string): Promise<{ rows: any[]; sql: string[] }> {
  statements = [];
  const result = await t.gql(query);
  expect(result.errors).toBeUndefined();
  const sql = statements.filter(message => message.includes('[query]'));
  return { rows: result.data!.allInitiatives, sql };
}

const SELECTION = 'id title department { name } owner { name } contributingDepartments { code } impacts { level stage { name journey { name } } }';

describe('lists do not issue a query per row', () => {
  it('allInitiatives with its relations runs as many statements for 50 rows as for 5, and few', async () => {
    const five = await measure(`{ allInitiatives(perPage: 5) { ${SELECTION} } }`);
    const fifty = await measure(`{ allInitiatives(perPage: 50) { ${SELECTION} } }`);
    expect(five.rows).toHaveLength(5);
    expect(fifty.rows).toHaveLength(50);
    expect(fifty.rows[49]).toEqual({
      id: expect.any(String),
      title: 'Initiative 49',
      department: { name: 'Away Department' },
      owner: { name: 'Owner 5' },
      contributingDepartments: expect.arrayContaining([{ code: 'CS' }, { code: 'MKT' }]),
      impacts: [
        { level: 'HIGH', stage: { name: 'm2', journey: { name: 'Moving house' } } },
        { level: 'LOW', stage: { name: 'o3', journey: { name: 'Reporting an outage' } } },
      ],
    });
    // 8 today: the session's person, the page, and one per relation (contributors, departments,
    // owners, impacts, stages, journeys). On failure the statements are shown.
    expect({ statements: fifty.sql.length, sql: fifty.sql }).toMatchObject({ statements: five.sql.length });
    expect(fifty.sql.length).toBeLessThanOrEqual(10);
  });

  it('the same holds with contributingDepartmentIds, decisions and the meta count', async () => {
    const selection = `id contributingDepartmentIds contributingDepartments { code } decisions { action initiative { id } } owner { department { code } }`;
    const five = await measure(`{ allInitiatives(perPage: 5) { ${selection} } _allInitiativesMeta { count } }`);
    const fifty = await measure(`{ allInitiatives(perPage: 50) { ${selection} } _allInitiativesMeta { count } }`);
    expect(fifty.rows.filter(row => row.decisions.length === 1)).toHaveLength(10);
    expect({ statements: fifty.sql.length, sql: fifty.sql }).toMatchObject({ statements: five.sql.length });
    expect(fifty.sql.length).toBeLessThanOrEqual(10);
  });

  it('allDecisions with their initiatives and departments too', async () => {
    const count = async (perPage: number) => {
      statements = [];
      const result = await t.gql(`{ allDecisions(perPage: ${perPage}) { id initiative { title department { code } impacts { stage { name } } } } }`);
      expect(result.errors).toBeUndefined();
      expect(result.data!.allDecisions).toHaveLength(perPage);
      return statements.filter(message => message.includes('[query]')).length;
    };
    const two = await count(2);
    const ten = await count(10);
    expect(ten).toBe(two);
    expect(ten).toBeLessThanOrEqual(10);
  });
});
