import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLNonNull, GraphQLObjectType, getNamedType, isLeafType, type GraphQLField } from 'graphql';
import { buildRegieSchema } from '../src/schema.js';
import { startTestServer, type TestServer } from './harness.js';

/**
 * The read path (common/json-read.ts) on the demo organisation: every list and every record query
 * of the schema answers in one statement, whatever the page size and however deep the selection,
 * and answers exactly what the entity path answers.
 */
let statements: string[] = [];
let t: TestServer;
let fields: GraphQLField<unknown, unknown>[];

beforeAll(async () => {
  t = await startTestServer({ demo: true, onQuery: message => statements.push(message) });
  // Mutations, for an audit trail to read.
  for (const name of ['Kiosk', 'Letter', 'Fax', 'Pigeon', 'Smoke signal', 'Telegram']) await t.gql('mutation($n: String!) { createChannel(name: $n) { id } }', { n: name });
  const schema = await buildRegieSchema();
  fields = Object.values(schema.getQueryType()!.getFields()).filter(f => f.name.startsWith('all'));
}, 120_000);
afterAll(() => t.close());

/** Every field without required arguments, objects two levels deep. */
function selectionOf(type: GraphQLObjectType, depth: number): string {
  return Object.values(type.getFields())
    .filter(f => !f.args.some(a => a.type instanceof GraphQLNonNull))
    .map(f => {
      const named = getNamedType(f.type);
      if (isLeafType(named)) return f.name;
      if (depth === 0 || !(named instanceof GraphQLObjectType)) return undefined;
      return `${f.name} { ${selectionOf(named, depth - 1)} }`;
    })
    .filter(Boolean)
    .join(' ');
}

async function measure(query: string) {
  statements = [];
  const result = await t.gql(query);
  expect(result.errors).toBeUndefined();
  return { data: result.data!, statements: statements.filter(s => s.includes('[query]')).length };
}

describe('every list of the schema', () => {
  it('answers a page of 5 and of 50 in one statement each (and the session lookup), two levels deep', async () => {
    const counts: Record<string, [number, number]> = {};
    for (const field of fields) {
      const selection = selectionOf(getNamedType(field.type) as GraphQLObjectType, 2);
      const five = await measure(`{ ${field.name}(perPage: 5) { ${selection} } }`);
      const fifty = await measure(`{ ${field.name}(perPage: 50) { ${selection} } }`);
      counts[field.name] = [five.statements, fifty.statements];
    }
    expect(Object.keys(counts).length).toBeGreaterThanOrEqual(12);
    // The demo organisation fills them (and the page of 50 holds more than the page of 5).
    for (const field of ['allInitiatives', 'allDecisions', 'allKpiMeasurements', 'allSurveyResponses', 'allAuditEntries']) {
      expect({ field, more: (await t.gql(`{ ${field}(perPage: 50) { id } }`)).data![field].length > 5 }).toEqual({ field, more: true });
    }
    for (const [name, [five, fifty]] of Object.entries(counts)) expect({ name, five, fifty }).toEqual({ name, five: 2, fifty: 2 });
  });

  it('answers what the entity path answers', async () => {
    for (const field of fields) {
      const selection = selectionOf(getNamedType(field.type) as GraphQLObjectType, 2);
      const fast = await measure(`{ ${field.name}(perPage: 40, sortField: "id", sortOrder: "DESC") { ${selection} } }`);
      // A directive anywhere in the selection sends the request down the entity path.
      const slow = await measure(`{ ${field.name}(perPage: 40, sortField: "id", sortOrder: "DESC") { id @include(if: true) ${selection} } }`);
      expect({ name: field.name, rows: fast.data[field.name] }).toEqual({ name: field.name, rows: slow.data[field.name] });
      expect(slow.statements).toBeGreaterThan(1);
    }
  });

  it('keeps filters, sorting and paging', async () => {
    const fast = await measure('{ allInitiatives(filter: { status: APPROVED }, sortField: "effort", sortOrder: "DESC", perPage: 3, page: 1) { id effort status } }');
    const slow = await measure('{ allInitiatives(filter: { status: APPROVED }, sortField: "effort", sortOrder: "DESC", perPage: 3, page: 1) { id @include(if: true) effort status } }');
    expect(fast.data.allInitiatives).toHaveLength(3);
    expect(fast.data).toEqual(slow.data);
  });

  it('sorts and filters by the priority score in the statement, the entity path alike', async () => {
    const query = (extra: string) =>
      `{ allInitiatives(filter: { priorityScore_gte: 0.5 }, sortField: "priorityScore", sortOrder: "DESC", perPage: 5, page: 1) { id ${extra} priorityScore scoreBreakdown { priorityScore terms { stageId contribution } } } }`;
    const fast = await measure(query(''));
    const slow = await measure(query('@include(if: true)'));
    const rows = fast.data.allInitiatives as { priorityScore: number; scoreBreakdown: { priorityScore: number } }[];
    expect(rows).toHaveLength(5);
    expect(fast.statements).toBe(2);
    expect(fast.data).toEqual(slow.data);
    for (let i = 1; i < rows.length; i++) expect(rows[i].priorityScore).toBeLessThanOrEqual(rows[i - 1].priorityScore);
    for (const row of rows) expect(row.priorityScore).toBeGreaterThanOrEqual(0.5);
    for (const row of rows) expect(row.scoreBreakdown.priorityScore).toBe(row.priorityScore);
  });
});

describe('the roadmap', () => {
  it('builds its initiatives in one statement, answering what the entity path answers', async () => {
    const query = (extra: string) =>
      `{ roadmap(limit: 12) { rank pinned priorityScore initiative { id ${extra} title status department { code } priorityScore scoreBreakdown { journeyImpact priorityScore modelVersion terms { stageId gapFactor gapReason contribution } } } } }`;
    const fast = await measure(query(''));
    const slow = await measure(query('@include(if: true)'));
    expect(fast.data.roadmap).toHaveLength(12);
    expect(fast.data).toEqual(slow.data);
    // The session, then the scores, the ranking and the initiatives in one.
    expect(fast.statements).toBe(2);
    expect(slow.statements).toBeGreaterThan(2);
    for (const entry of fast.data.roadmap) expect(entry.initiative.priorityScore).toBe(entry.priorityScore);
  });

  it('ranks in SQL exactly as the model preview ranks in TypeScript, pins included', async () => {
    const roadmap = (await t.gql('{ roadmap(limit: 1000) { rank pinned initiative { id } } }')).data!.roadmap as { rank: number; pinned: boolean; initiative: { id: string } }[];
    const preview = (await t.gql('{ previewScoringModel { rankBefore initiative { id } } }')).data!.previewScoringModel as { rankBefore: number; initiative: { id: string } }[];
    expect(roadmap.some(entry => entry.pinned)).toBe(true);
    expect(roadmap.map(entry => [entry.initiative.id, entry.rank])).toEqual(
      [...preview].sort((a, b) => a.rankBefore - b.rankBefore).map(row => [row.initiative.id, row.rankBefore]),
    );
  });
});

describe('a record by id', () => {
  it('answers in one statement with its relations, NOT_FOUND when absent', async () => {
    const [first] = (await measure('{ allInitiatives(perPage: 1) { id } }')).data.allInitiatives;
    const page = await measure(`{ Initiative(id: "${first.id}") { id title department { code } impacts { level levelValue stage { name journey { name } } } decisions { action at actorName } } }`);
    expect(page.statements).toBe(2);
    const slow = await measure(`{ Initiative(id: "${first.id}") { id @include(if: true) title department { code } impacts { level levelValue stage { name journey { name } } } decisions { action at actorName } } }`);
    expect(page.data).toEqual(slow.data);
    for (const id of ['999999', '99999999999', '999999999999999']) {
      const missing = await t.gql(`{ Initiative(id: "${id}") { id title } }`);
      expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
  });
});
