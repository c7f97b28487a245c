import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { GraphQLNonNull, getNamedType, isObjectType, type GraphQLField, type GraphQLObjectType } from 'graphql';
import { LIMITS } from '../src/app.js';
import { buildRegieSchema } from '../src/schema.js';
import { fingerprint, startTestServer, type TestServer } from './harness.js';
import { TYPED_CODES, callArgsArb, described, leakIn, operation, shorten, stringsOf, type IdPool } from './hostile.js';

/**
 * Hostile input (issue 11): generated arguments for every mutation of the schema, generated
 * query shapes, HTTP requests and CSV files. For every one of them: the server answers (no
 * crash), every error has a typed code (INTERNAL_SERVER_ERROR is a failure), nothing internal
 * shows (stack traces, file paths, JavaScript errors, SQL, PostgreSQL's words), and a refused
 * request changed no table. A request that succeeds (random input can be valid) may change them.
 *
 * Reproducible: REGIE_FC_SEED (default below) seeds every property; REGIE_FC_RUNS sets the runs
 * per mutation. A failure prints fast-check's seed, path and shortest counterexample.
 */

const SEED = Number(process.env.REGIE_FC_SEED ?? 20_261_111);
const MUTATION_RUNS = Number(process.env.REGIE_FC_RUNS ?? 40);
const SHAPE_RUNS = 3 * MUTATION_RUNS;
const CSV_RUNS = 2 * MUTATION_RUNS;

const schema = await buildRegieSchema();
const mutations = Object.values(schema.getMutationType()!.getFields());
const queryType = schema.getQueryType()!;

/** Mutations whose refusals are written down on purpose: failed sign-ins are audited and throttled (DESIGN §5, issue 4). */
const REFUSALS_RECORDED: Record<string, string[]> = { signIn: ['audit_entry', 'sign_in_attempt'] };

let t: TestServer;
let ids: string[] = [];
const fixture = { journeyId: '', journeyName: 'Moving house', stageIds: [] as string[], channelId: '', segmentId: '' };
/** Inputs tried per property, and how many of them were done (not refused), for the report at the end. */
const tried = new Map<string, number>();
const done = new Map<string, number>();
let property = '';
let startedAt = 0;

beforeAll(async () => {
  startedAt = Date.now();
  t = await startTestServer({ env: { REGIE_IMPORT_LIMIT: '4mb' } });
  await makeFixture();
});
afterAll(async () => {
  const total = [...tried.values()].reduce((a, b) => a + b, 0);
  const succeeded = [...done.values()].reduce((a, b) => a + b, 0);
  const never = [...tried.keys()].filter(name => !done.has(name));
  console.log(
    `hostile input: ${total} inputs in ${tried.size} properties, ${succeeded} of them done (the others refused), ${((Date.now() - startedAt) / 1000).toFixed(1)} s; seed ${SEED}` +
      `\nnever done: ${never.join(', ') || 'none'}`,
  );
  await t?.close();
});

/** One record of every kind, so that generated ids hit real records (of the argument's type or another). */
async function makeFixture(): Promise<void> {
  const ok = async (query: string, variables?: Record<string, unknown>) => {
    const result = await t.gql(query, variables);
    if (result.errors) throw new Error(`fixture: ${JSON.stringify(result.errors)}`);
    return result.data!;
  };
  const home = t.actors.departments.home;
  fixture.channelId = (await ok('mutation { createChannel(name: "Web") { id } }')).createChannel.id;
  fixture.segmentId = (await ok('mutation { createSegment(name: "Young families", share: 0.3) { id } }')).createSegment.id;
  fixture.journeyId = (await ok('mutation($s: ID!) { createJourney(name: "Moving house", targetNps: 30, targetDate: "2027-06-30", segmentIds: [$s]) { id } }', { s: fixture.segmentId })).createJourney.id;
  for (const name of ['Search', 'Sign']) {
    const stage = await ok('mutation($j: ID!, $n: String!, $c: ID!) { createJourneyStage(journeyId: $j, name: $n, importance: 4, reach: 0.8, channelIds: [$c]) { id } }', { j: fixture.journeyId, n: name, c: fixture.channelId });
    fixture.stageIds.push(stage.createJourneyStage.id);
  }
  const initiative = await ok('mutation($d: ID!, $s: ID!) { createInitiative(title: "Faster search", departmentId: $d, pillar: OMNICHANNEL, effort: 4, confidence: 0.7, impacts: [{ stageId: $s, level: HIGH }]) { id } }', {
    d: home,
    s: fixture.stageIds[0],
  });
  const kpi = await ok('mutation($d: ID!, $s: ID!) { createKpi(departmentId: $d, name: "Search time", unit: "seconds", direction: LOWER_IS_BETTER, stageIds: [$s]) { id } }', { d: home, s: fixture.stageIds[0] });
  await ok('mutation($k: ID!) { createKpiMeasurement(kpiId: $k, period: "2026-10", value: 12) { id } }', { k: kpi.createKpi.id });
  await ok('mutation { createPerson(name: "Extra", email: "extra@test.regie", role: DEPARTMENT_LEAD, departmentId: "' + home + '", password: "long enough password") { id } }');
  await ok('mutation { issueApiToken(name: "fixture", scopes: ["read"]) { secret } }');
  await ok('mutation($r: [SurveyResponseInput!]!) { recordSurveyResponses(responses: $r) { created } }', {
    r: [{ source: 'fixture', externalId: 'r1', score: 9, journeyId: fixture.journeyId, stageId: fixture.stageIds[0], channelId: fixture.channelId, respondedAt: '2026-01-10T10:00:00Z' }],
  });
  await ok('mutation($id: ID!) { transitionInitiative(id: $id, to: UNDER_REVIEW, version: 1) { id } }', { id: initiative.createInitiative.id });
  // Every id of every table: per-table sequences, so most small ids exist in several tables.
  const connection = t.db.orm.em.getConnection();
  const tables = [...t.db.orm.getMetadata().getAll().values()].filter(meta => !meta.abstract && !meta.embeddable && meta.primaryKeys.join() === 'id').map(meta => meta.tableName);
  const found = new Set<string>();
  for (const table of tables) for (const row of await connection.execute<{ id: string }[]>(`select id::text as id from "${table}"`)) found.add(row.id);
  ids = [...found].sort((a, b) => Number(a) - Number(b));
}

// --- sending and judging ---------------------------------------------------------------------

interface Answer {
  status: number;
  contentType: string;
  text: string;
}

async function request(path: string, init: RequestInit): Promise<Answer> {
  const response = await fetch(`${t.url}${path}`, init);
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', text: await response.text() };
}

const tokenOf = (caller: 'regie' | 'viewer' | 'anonymous') => (caller === 'anonymous' ? undefined : t.actors.people[caller].token);

function postGraphql(body: unknown, caller: 'regie' | 'viewer' | 'anonymous' = 'regie'): Promise<Answer> {
  const token = tokenOf(caller);
  return request('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
}

/** Every string sent so far: echoes of them are not leaks. */
const everSent = new Set<string>();

class Violation extends Error {}
const fail = (message: string, answer: Answer): never => {
  throw new Violation(`${message}\nHTTP ${answer.status} ${answer.contentType}: ${answer.text.slice(0, 600)}`);
};

interface Judged {
  /** Nothing the request asked for was done: the tables must be as they were. */
  refused: boolean;
  body?: any;
}

/**
 * The properties of any answer: no 5xx; JSON, with typed errors; nothing internal in it (but
 * what some request sent, which it may quote). `fields`: the root fields asked for (one answered
 * means the request did something); `args`: argument names a BAD_USER_INPUT may name.
 */
function judge(answer: Answer, sentNow: readonly string[], wanted: { fields?: string[]; args?: readonly string[]; csv?: boolean } = {}): Judged {
  // An answer may quote what any earlier request stored (a name), not only this request's values.
  for (const text of sentNow) everSent.add(text);
  if (answer.status >= 500) fail(`a server error (${answer.status})`, answer);
  const leak = leakIn(answer.text, everSent);
  if (leak) fail(`internals leaked: ${leak}`, answer);
  // Every answer, refusals of the HTTP layer included, is JSON: a refusal without a code is not typed.
  if (!/json/i.test(answer.contentType)) fail('an answer that is not JSON', answer);
  let body: any;
  try {
    body = JSON.parse(answer.text);
  } catch {
    return fail('JSON content type, body not JSON', answer);
  }
  const errors: unknown = body?.errors;
  // The import's list of problems by line is not GraphQL errors (its refusals before reading are).
  if (wanted.csv && body && typeof body === 'object' && 'received' in body) return { refused: body.created === 0 || answer.status !== 200, body };
  if (errors !== undefined) {
    if (!Array.isArray(errors) || errors.length === 0) fail('errors is not a list of errors', answer);
    for (const error of errors as any[]) {
      const code = error?.extensions?.code;
      if (typeof code !== 'string' || !TYPED_CODES.has(code)) fail(`an untyped error (code ${String(code)})`, answer);
      if (typeof error.message !== 'string' || error.message.trim() === '') fail('an error without a message', answer);
      const inside = leakIn(stringsOf(error).join('\n'), everSent);
      if (inside) fail(`internals leaked: ${inside}`, answer);
      // A resolver's BAD_USER_INPUT names the argument at fault (a dotted path inside input objects).
      if (code === 'BAD_USER_INPUT' && error.path && wanted.args) {
        const field = error.extensions.field;
        if (typeof field !== 'string' || !wanted.args.includes(field.split('.')[0])) fail(`BAD_USER_INPUT names no argument of the call (field ${JSON.stringify(field)})`, answer);
      }
    }
  }
  const data = body?.data;
  const answered = (wanted.fields ?? []).some(field => data?.[field] !== null && data?.[field] !== undefined);
  if (answer.status >= 400 && answered) fail('an HTTP error status with data', answer);
  if (answer.status < 400 && errors === undefined && (data === null || data === undefined)) fail('no errors, no data', answer);
  return { refused: !answered, body };
}

/** The fingerprint of every table, when it is known to be current (no success since it was taken). */
let current: string | undefined;

/**
 * Sends a request and judges its answer; a refusal must leave every table as it was (but the
 * tables `except` names, which the request writes to by design even when refused).
 */
async function unchanged(send: () => Promise<Judged>, except?: readonly string[]): Promise<Judged> {
  const before = except ? await fingerprint(t.db, { except }) : (current ??= await fingerprint(t.db));
  const judged = await send();
  current = undefined;
  if (!judged.refused) {
    done.set(property, (done.get(property) ?? 0) + 1);
    return judged;
  }
  const after = await fingerprint(t.db, { except });
  if (after !== before) {
    const was = new Map(before.split(',').map(part => part.split(':') as [string, string]));
    const changed = after.split(',').filter(part => was.get(part.split(':')[0]) !== part.split(':')[1]).map(part => part.split(':')[0]);
    throw new Violation(`refused, yet these tables changed: ${changed.join(', ')}`);
  }
  if (!except) current = after;
  return judged;
}

/** Runs a property with this file's seed (one per property, so adding one moves no other). */
async function check<T>(name: string, arbitrary: fc.Arbitrary<T>, predicate: (value: T) => Promise<void>, numRuns: number): Promise<void> {
  let seed = SEED;
  for (const char of name) seed = (Math.imul(seed, 31) + char.charCodeAt(0)) | 0;
  property = name;
  const details = await fc.check(fc.asyncProperty(arbitrary, predicate), { seed, numRuns });
  tried.set(name, (tried.get(name) ?? 0) + details.numRuns);
  if (details.failed) {
    const why = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(`${name}: ${why}\n\n${fc.defaultReportMessage(details)}\n(REGIE_FC_SEED=${SEED} reproduces the whole file)`);
  }
}

/** The server still answers, and the test's people are who they were (a generated call may not lock them out). */
async function stillStanding(): Promise<void> {
  const health = await fetch(`${t.url}/healthz`);
  expect(health.status).toBe(200);
  for (const [who, role] of [['regie', 'REGIE'], ['viewer', 'VIEWER']] as const) {
    const me = await t.gql('{ me { role active } }', {}, t.actors.people[who].token);
    expect(me.data?.me).toEqual({ role, active: true });
  }
  // No generated object key (__proto__, constructor) polluted the prototypes of the server's process (this one).
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

// --- every mutation --------------------------------------------------------------------------

const callerArb = fc.constantFrom<'regie' | 'viewer'>('regie', 'regie', 'regie', 'viewer');
const modeArb = fc.constantFrom<'variables' | 'inline'>('variables', 'inline');

describe('every mutation, with hostile arguments', () => {
  it('covers every mutation of the schema', () => {
    expect(mutations.length).toBeGreaterThan(30);
  });

  for (const field of mutations) {
    it(`${field.name}: answers with typed errors, leaks nothing, changes nothing when refused`, async () => {
      const people = new Set(Object.values(t.actors.people).map(p => p.id));
      // The test's own people are never edited or deleted by a generated call (their sessions carry the test).
      const onPeople = getNamedType(field.type).name === 'Person';
      const poolOf = (name: string): IdPool => ({ existing: ids, avoid: onPeople && name === 'id' ? people : undefined });
      const arbitrary = fc.record({ mode: modeArb, caller: callerArb, args: callArgsArb(field.args, poolOf) }).map(described);
      const argNames = field.args.map(a => a.name);
      await check(
        field.name,
        arbitrary,
        async ({ mode, caller, args }) => {
          const sent = stringsOf(args);
          await unchanged(async () => judge(await postGraphql(operation('mutation', field, args, mode), caller), sent, { fields: [field.name], args: argNames }), REFUSALS_RECORDED[field.name]);
        },
        field.name === 'signIn' || field.name === 'changeMyPassword' ? Math.ceil(MUTATION_RUNS / 2) : MUTATION_RUNS,
      );
      await stillStanding();
    });
  }
});

// --- query shapes ----------------------------------------------------------------------------

/** Root query fields without required arguments: what a generated selection can start from. */
const openRoots = Object.values(queryType.getFields()).filter(f => isObjectType(getNamedType(f.type)) && f.args.every(a => !(a.type instanceof GraphQLNonNull)));

/** A selection walked down the schema by `choices`, as deep as they go (or until a type has no object fields). */
function selection(type: GraphQLObjectType, choices: number[]): string {
  if (choices.length === 0) return '__typename';
  const next = Object.values(type.getFields()).filter(f => isObjectType(getNamedType(f.type)) && f.args.every(a => !(a.type instanceof GraphQLNonNull)));
  if (next.length === 0) return '__typename';
  const field = next[choices[0] % next.length] as GraphQLField<unknown, unknown>;
  return `__typename ${field.name} { ${selection(getNamedType(field.type) as GraphQLObjectType, choices.slice(1))} }`;
}

interface Shape {
  kind: string;
  body: Record<string, unknown>;
  /** Root fields whose answer means something was done. */
  fields: string[];
}

/** `UNIQUE` in a shape's text becomes a fresh channel name at send time (a second run of a shape must not collide). */
const UNIQUE = '__UNIQUE__';
const createChannel = (alias: string) => `${alias}: createChannel(name: "${UNIQUE}-${alias}") { id }`;

const shapeArb: fc.Arbitrary<Shape> = fc.oneof(
  // Deep: down the schema from a root query field, to twice the depth limit.
  fc.tuple(fc.nat(openRoots.length - 1), fc.array(fc.nat(), { maxLength: 2 * LIMITS.depth })).map(([root, choices]) => {
    const field = openRoots[root];
    return { kind: 'deep', body: { query: `{ ${field.name} { ${selection(getNamedType(field.type) as GraphQLObjectType, choices)} } }` }, fields: [] };
  }),
  // Deep introspection, where the types nest without end.
  fc.integer({ min: 1, max: 3 * LIMITS.depth }).map(depth => ({ kind: 'deep introspection', body: { query: `{ __schema { types { ${'fields { type { '.repeat(depth)}name${' } }'.repeat(depth)} } } }` }, fields: [] })),
  // Aliases: the same mutation many times under other names.
  fc.integer({ min: 1, max: 3 * LIMITS.aliases }).map(n => {
    const fields = Array.from({ length: n }, (_, i) => `a${i}`);
    return { kind: 'aliases', body: { query: `mutation { ${fields.map(createChannel).join(' ')} }` }, fields };
  }),
  // Wide: a field asked again and again (tokens).
  fc.tuple(fc.integer({ min: 1, max: 2 * LIMITS.tokens }), fc.constantFrom('id', '__typename', 'name')).map(([n, leaf]) => ({ kind: 'wide', body: { query: `{ allChannels { ${Array(n).fill(leaf).join(' ')} } }` }, fields: [] })),
  // Fragments spreading each other at random: cycles (a fragment spreading itself among them), repeats, unused ones.
  fc
    .integer({ min: 1, max: 8 })
    .chain(n => fc.tuple(fc.constant(n), fc.array(fc.array(fc.nat(n - 1), { maxLength: 3 }), { minLength: n, maxLength: n }), fc.boolean()))
    .map(([n, spreads, mutate]) => {
      const fragments = spreads.map((to, i) => `fragment F${i} on ${mutate ? 'Mutation' : 'Query'} { ${mutate ? createChannel(`f${i}`) : '__typename'} ${to.map(j => `...F${j}`).join(' ')} }`);
      const fields = mutate ? Array.from({ length: n }, (_, i) => `f${i}`) : [];
      return { kind: 'fragments', body: { query: `${mutate ? 'mutation' : 'query'} { ...F0 } ${fragments.join(' ')}` }, fields };
    }),
  // Many variables, used or not, sent or not.
  fc.tuple(fc.integer({ min: 1, max: 3000 }), fc.boolean(), fc.constantFrom<unknown>(1, 'x', null, [1], { a: 1 })).map(([n, use, value]) => {
    const names = Array.from({ length: n }, (_, i) => `v${i}`);
    const declared = names.map(v => `$${v}: Int`).join(' ');
    const used = use ? names.slice(0, 30).map(v => `${v}: __typename @include(if: $${v})`).join(' ') : '__typename';
    return { kind: 'variables', body: { query: `query(${declared}) { ${used} }`, variables: Object.fromEntries(names.map(v => [v, value])) }, fields: [] };
  }),
  // Operations: names repeated, unknown or missing, several anonymous, a name of the wrong type.
  fc
    .tuple(fc.array(fc.constantFrom('A', 'B', ''), { minLength: 1, maxLength: 4 }), fc.constantFrom<unknown>(undefined, 'A', 'B', 'C', '', 7, null, ['A'], { a: 1 }))
    .map(([names, operationName]) => {
      const operations = names.map((name, i) => `mutation ${name} { ${createChannel(`o${i}`)} }`);
      return { kind: 'operations', body: { query: operations.join(' '), ...(operationName === undefined ? {} : { operationName }) }, fields: names.map((_, i) => `o${i}`) };
    }),
  // The parts of a request with the wrong types or values.
  fc
    .record({
      query: fc.constantFrom<unknown>(`mutation { ${createChannel('r')} }`, '', ' ', null, 7, ['{ __typename }'], { query: 1 }, '{', '}{', 'mutation', '{ __typename }'.repeat(2), '\u0000', '#'),
      variables: fc.constantFrom<unknown>(undefined, null, 'x', 7, [1], {}, { a: { b: [] } }),
      extensions: fc.constantFrom<unknown>(undefined, null, 'x', { persistedQuery: { version: 1, sha256Hash: 'x'.repeat(64) } }, { persistedQuery: { version: 2, sha256Hash: 1 } }, { persistedQuery: 'x' }),
    })
    .map(parts => ({ kind: 'request parts', body: Object.fromEntries(Object.entries(parts).filter(([, v]) => v !== undefined)), fields: ['r'] })),
);

describe('query shapes', () => {
  it('deep, wide, aliased, cyclic, many-variabled and ill-named operations: typed refusals that change nothing', async () => {
    let run = 0;
    await check(
      'query shapes',
      shapeArb.map(described),
      async ({ body, fields }) => {
        const unique = `shape${run++}-${Date.now().toString(36)}`;
        const sent = JSON.parse(JSON.stringify(body).replaceAll(UNIQUE, unique)) as Record<string, unknown>;
        await unchanged(async () => judge(await postGraphql(sent), stringsOf(sent), { fields }));
      },
      SHAPE_RUNS,
    );
    await stillStanding();
  });
});

// --- HTTP requests ---------------------------------------------------------------------------

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/graphql',
  'application/graphql-response+json',
  'text/csv',
  '',
  'application/json, text/plain',
  'application/json; boundary',
];

/** A body most servers choke on: broken JSON, bytes, deep JSON, too much of it. */
const bodyArb: fc.Arbitrary<{ kind: string; bytes: Buffer | string }> = fc.oneof(
  fc.constantFrom(`{"query":"mutation { ${createChannel('h')} }"}`).map(text => ({ kind: 'valid', bytes: text })),
  fc.integer({ min: 0, max: 40 }).map(cut => ({ kind: 'truncated JSON', bytes: `{"query":"mutation { ${createChannel('h')} }","variables":{"a":[1,2]}}`.slice(0, cut) })),
  fc.uint8Array({ maxLength: 2000 }).map(bytes => ({ kind: 'random bytes', bytes: Buffer.from(bytes) })),
  fc.string({ unit: 'binary', maxLength: 300 }).map(text => ({ kind: 'random text', bytes: text })),
  fc.constantFrom('', 'null', '[]', '"query"', '123', 'true', '{}', '{"query": null}', '\ufeff{"query":"{ __typename }"}', '{"query":"{ __typename }"', '{"__proto__":{"polluted":"yes"},"query":"{ __typename }"}', '{"query":"{ __typename }","query":"mutation { x }"}').map(text => ({ kind: 'odd JSON', bytes: text })),
  fc.constantFrom(100, 10_000, 100_000, 1_000_000).map(depth => ({ kind: 'deep JSON', bytes: `{"query":"query($x: Int) { __typename }","variables":{"x":${'['.repeat(depth)}${']'.repeat(depth)}}}` })),
  fc.constantFrom(1_048_000, 1_100_000, 3_000_000).map(size => ({ kind: 'oversize', bytes: `{"query":"{ __typename }","variables":{"pad":"${'x'.repeat(size)}"}}` })),
);

const httpArb = fc.record({
  method: fc.constantFrom('POST', 'POST', 'POST', 'GET', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'),
  contentType: fc.constantFrom(...CONTENT_TYPES),
  preflight: fc.boolean(),
  caller: fc.constantFrom<'regie' | 'viewer' | 'anonymous'>('regie', 'regie', 'viewer', 'anonymous'),
  authorization: fc.constantFrom<string | undefined>(undefined, undefined, undefined, 'Bearer', 'Bearer x.y.z', 'Basic YTpi', `Bearer ${'a'.repeat(10_000)}`, 'Bearer \u00e9'),
  body: bodyArb,
  getQuery: fc.constantFrom(`mutation { ${createChannel('g')} }`, '{ __typename }', '{', ''),
  getVariables: fc.constantFrom<string | undefined>(undefined, '{', '{"a":1}', 'null', '[]'),
});

describe('HTTP requests', () => {
  it('any method, content type, credential and body: a typed refusal or an answer, never a 5xx or internals', async () => {
    let run = 0;
    await check(
      'HTTP requests',
      httpArb.map(described),
      async attempt => {
        const unique = `http${run++}-${Date.now().toString(36)}`;
        const headers: Record<string, string> = {};
        if (attempt.contentType) headers['content-type'] = attempt.contentType;
        if (attempt.preflight) headers['apollo-require-preflight'] = 'true';
        const token = tokenOf(attempt.caller);
        if (attempt.authorization) headers.authorization = attempt.authorization;
        else if (token) headers.authorization = `Bearer ${token}`;
        let path = '/graphql';
        let body: Buffer | string | undefined;
        if (attempt.method === 'GET') {
          const params = new URLSearchParams({ query: attempt.getQuery.replaceAll(UNIQUE, unique) });
          if (attempt.getVariables !== undefined) params.set('variables', attempt.getVariables);
          path += `?${params}`;
        } else if (attempt.method !== 'OPTIONS') {
          body = typeof attempt.body.bytes === 'string' ? attempt.body.bytes.replaceAll(UNIQUE, unique) : attempt.body.bytes;
        }
        const sent = [typeof body === 'string' ? body : (body?.toString('latin1') ?? ''), path, ...Object.values(headers)];
        const fields = ['h', 'g'];
        await unchanged(async () => judge(await request(path, { method: attempt.method, headers, body }), sent, { fields }));
      },
      SHAPE_RUNS,
    );
    await stillStanding();
  });
});

// --- CSV import ------------------------------------------------------------------------------

const CSV_COLUMNS = ['source', 'externalId', 'score', 'journey', 'respondedAt', 'stage', 'channel', 'segment', 'comment', 'respondentKey'];

/** What a cell of each column may hold: right values (ids and names of the fixture), wrong ones, hostile ones. */
function cellArb(column: string): fc.Arbitrary<string> {
  const hostile = fc.constantFrom('', ' ', 'NaN', '-1', '1e1', "' OR '1'='1", '=cmd|"/c calc"!A1', '\u0000', '\ud800', '😀', 'a,b', 'a"b', 'line\nbreak', 'x'.repeat(300));
  const right: Record<string, fc.Arbitrary<string>> = {
    source: fc.constantFrom('csv', 'survey-tool', 'a'.repeat(101)),
    externalId: fc.uuid(),
    score: fc.constantFrom('0', '5', '10', '11', ' 9 ', '7.5', '-0', '010'),
    journey: fc.constantFrom(fixture.journeyId, fixture.journeyName, fixture.stageIds[0], '999999', 'moving HOUSE'),
    respondedAt: fc.constantFrom('2026-01-10T10:00:00Z', '2026-01-10T10:00:00', '2026-02-30T10:00:00Z', '0000-00-00', '2999-01-01T00:00:00Z', '2026-03-29T02:30:00', 'yesterday', '2026-01-10'),
    stage: fc.constantFrom(...fixture.stageIds, 'Search', 'search', '999999', ''),
    channel: fc.constantFrom(fixture.channelId, 'Web', 'web', '999999', ''),
    segment: fc.constantFrom(fixture.segmentId, 'Young families', '999999', ''),
    comment: fc.string({ unit: 'grapheme', maxLength: 60 }),
    respondentKey: fc.constantFrom('', 'customer-1', 'a'.repeat(201)),
  };
  return fc.oneof({ weight: 6, arbitrary: right[column] ?? fc.string({ maxLength: 10 }) }, { weight: 1, arbitrary: hostile }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) });
}

/** A cell as written in the file: plain, quoted (as it must be with a comma, quote or line break), or quoted wrongly. */
function writeCell(value: string, style: number): string {
  if (style === 1) return `"${value}`; // never closed
  if (style === 2) return `a"${value}"b`; // a quote inside an unquoted value
  if (style === 3 || /[",\r\n]/.test(value)) return `"${value.replaceAll('"', '""')}"`;
  return value;
}

const headerArb: fc.Arbitrary<string[]> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(CSV_COLUMNS.slice(0, 8)) },
  { weight: 2, arbitrary: fc.shuffledSubarray(CSV_COLUMNS, { minLength: 1 }) },
  { weight: 1, arbitrary: fc.constant<string[]>([...CSV_COLUMNS.slice(0, 5), 'unknown', 'source']) },
  { weight: 1, arbitrary: fc.constantFrom<string[]>(['SOURCE', ' externalid ', 'Score', 'JOURNEY', 'respondedat'], [''], ['source;externalId;score;journey;respondedAt'], ['\u0000', '😀']) },
);

const rowArb = (header: string[]) =>
  fc.record({
    cells: fc.tuple(...header.map(column => cellArb(column))),
    styles: fc.array(fc.oneof({ weight: 12, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 3 }) }), { minLength: header.length, maxLength: header.length }),
    extra: fc.oneof({ weight: 8, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: -3, max: 3 }) }),
  });

const structuredCsvArb = headerArb.chain(header =>
  fc.record({
    header: fc.constant(header),
    rows: fc.array(rowArb(header), { maxLength: 6 }),
    bom: fc.boolean(),
    eol: fc.constantFrom('\n', '\r\n', '\r', 'mixed'),
    blankLines: fc.boolean(),
    hugeField: fc.oneof({ weight: 10, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constantFrom(200_000, 1_100_000, 4_500_000) }),
  }),
);

interface CsvFile {
  header: string[];
  rows: { cells: string[]; styles: number[]; extra: number }[];
  bom: boolean;
  eol: string;
  blankLines: boolean;
  hugeField: number;
}

function buildCsv({ header, rows, bom, eol, blankLines, hugeField }: CsvFile): Buffer {
  const lines = [header.map(name => writeCell(name, 0)).join(',')];
  rows.forEach((row, i) => {
    let cells = row.cells.map((cell, j) => writeCell(cell, row.styles[j]));
    if (row.extra > 0) cells = [...cells, ...Array<string>(row.extra).fill('extra')];
    if (row.extra < 0) cells = cells.slice(0, Math.max(1, cells.length + row.extra));
    if (hugeField && i === 0) cells[cells.length - 1] = `"${'y'.repeat(hugeField)}"`;
    lines.push(cells.join(','));
    if (blankLines && i % 2 === 0) lines.push('');
  });
  const text = eol === 'mixed' ? lines.map((line, i) => line + ['\n', '\r\n', '\r'][i % 3]).join('') : lines.join(eol) + eol;
  return Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text)]);
}

const csvArb = fc.record({
  file: fc.oneof(
    { weight: 8, arbitrary: structuredCsvArb.map(file => ({ kind: 'csv', bytes: buildCsv(file) })) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 3000 }).map(bytes => ({ kind: 'random bytes', bytes: Buffer.from(bytes) })) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 500 }).map(text => ({ kind: 'random text', bytes: Buffer.from(text) })) },
    { weight: 1, arbitrary: fc.constantFrom(Buffer.alloc(0), Buffer.from('\ufeff'), Buffer.from([0xff, 0xfe, 0x00, 0x73]), Buffer.from(`${CSV_COLUMNS.join(',')}\n`), Buffer.alloc(4.5 * 1024 ** 2, 'z')).map(bytes => ({ kind: 'odd file', bytes })) },
  ),
  contentType: fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom('text/csv', 'text/csv; charset=utf-8', 'TEXT/CSV; charset="UTF-8"') },
    { weight: 1, arbitrary: fc.constantFrom('text/csv; charset=latin1', 'application/json', 'text/plain', '') },
  ),
  encoding: fc.oneof({ weight: 12, arbitrary: fc.constant<string | undefined>(undefined) }, { weight: 1, arbitrary: fc.constantFrom('gzip', 'identity', 'br') }),
  caller: fc.oneof({ weight: 12, arbitrary: fc.constant<'regie' | 'viewer' | 'anonymous'>('regie') }, { weight: 1, arbitrary: fc.constantFrom<'regie' | 'viewer' | 'anonymous'>('viewer', 'anonymous') }),
  streamed: fc.boolean(),
});

describe('CSV import', () => {
  it('any file, type and caller: counts or typed problems by line, never a 5xx or internals; a refused file stores nothing', async () => {
    await check(
      'CSV import',
      csvArb.map(described),
      async ({ file, contentType, encoding, caller, streamed }) => {
        const headers: Record<string, string> = {};
        if (contentType) headers['content-type'] = contentType;
        if (encoding) headers['content-encoding'] = encoding;
        const token = tokenOf(caller);
        if (token) headers.authorization = `Bearer ${token}`;
        const bytes = file.bytes;
        // Streamed: no Content-Length, so the size is found out while reading.
        const body = streamed
          ? new ReadableStream<Uint8Array>({
              start(controller) {
                for (let at = 0; at < bytes.length; at += 64 * 1024) controller.enqueue(new Uint8Array(bytes.subarray(at, at + 64 * 1024)));
                controller.close();
              },
            })
          : bytes;
        await unchanged(async () => {
          const answer = await request('/import/survey-responses', { method: 'POST', headers, body, duplex: 'half' } as RequestInit);
          const judged = judge(answer, [bytes.toString('utf8'), bytes.toString('latin1')], { csv: true });
          if (answer.status === 200) {
            const { received, created, duplicates, errors } = judged.body;
            if (created + duplicates !== received || errors.length !== 0) fail('a success that does not add up', answer);
            return { refused: false };
          }
          if (![400, 401, 403, 413, 415].includes(answer.status)) fail('an unexpected status', answer);
          if (answer.status === 400 && judged.body && !judged.body.errors?.[0]?.extensions) {
            const { errors, errorCount, created } = judged.body;
            if (created !== 0 || !Array.isArray(errors) || errors.length === 0 || errorCount < errors.length) fail('a refusal without problems', answer);
            for (const e of errors) {
              if (!Number.isInteger(e.line) || e.line < 1 || (e.column !== null && typeof e.column !== 'string') || typeof e.message !== 'string') fail('a problem without line, column or message', answer);
            }
          }
          return { refused: true };
        });
      },
      CSV_RUNS,
    );
    await stillStanding();
  });
});

// --- what the properties found (fixed examples, so that another seed cannot lose them) -----------

describe('found by the properties', () => {
  const refusal = async (answer: Answer, sent: string[] = []) => {
    const judged = judge(answer, sent);
    expect(judged.refused).toBe(true);
    return judged.body.errors[0] as { message: string; extensions: Record<string, unknown> };
  };

  it('a syntax error is the client’s: 400 GRAPHQL_PARSE_FAILED (was a 500)', async () => {
    const before = await fingerprint(t.db);
    const error = await refusal(await postGraphql({ query: 'mutation { deleteChannel(id: "a\\udc00b") { id } }' }));
    expect(error.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(await fingerprint(t.db)).toBe(before);
  });

  it('more than 50 bad variable values: BAD_USER_INPUT throughout (the last was INTERNAL_SERVER_ERROR)', async () => {
    const answer = await postGraphql({ query: 'mutation($r: [SurveyResponseInput!]!) { recordSurveyResponses(responses: $r) { created } }', variables: { r: Array(60).fill('x') } });
    expect(answer.status).toBe(400);
    expect(new Set(JSON.parse(answer.text).errors.map((e: any) => e.extensions.code))).toEqual(new Set(['BAD_USER_INPUT']));
  });

  it('a persisted query with a wrong hash or version: BAD_REQUEST (was INTERNAL_SERVER_ERROR)', async () => {
    for (const persistedQuery of [{ version: 1, sha256Hash: 'x'.repeat(64) }, { version: 2, sha256Hash: 'x' }]) {
      const error = await refusal(await postGraphql({ query: '{ __typename }', extensions: { persistedQuery } }));
      expect(error.extensions.code).toBe('BAD_REQUEST');
    }
  });

  it('text PostgreSQL cannot store, anywhere in the arguments: BAD_USER_INPUT naming it, nothing changed (NUL broke the connection)', async () => {
    const before = await fingerprint(t.db);
    const channel = await refusal(await postGraphql({ query: 'mutation($n: String!) { createChannel(name: $n) { id } }', variables: { n: 'a\u0000b' } }));
    expect(channel.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const impact = await refusal(
      await postGraphql({
        query: 'mutation($d: ID!, $i: [StageImpactInput!]) { createInitiative(title: "T", departmentId: $d, pillar: OMNICHANNEL, effort: 1, confidence: 0.5, impacts: $i) { id } }',
        variables: { d: t.actors.departments.home, i: [{ stageId: fixture.stageIds[0], level: 'LOW', rationale: 'half \ud800 a pair' }] },
      }),
    );
    expect(impact.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'impacts.0.rationale' });
    const search = await refusal(await postGraphql({ query: '{ allChannels(filter: { q: "\\u0000" }) { id } }' }));
    expect(search.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.q' });
    expect(await fingerprint(t.db)).toBe(before);
    await stillStanding();
  });

  it('a department with a code in use and a lead: BAD_USER_INPUT on code (was INTERNAL_SERVER_ERROR)', async () => {
    const lead = await t.gql('mutation { createPerson(name: "Lead to be", email: "lead.to.be@test.regie", role: VIEWER) { id } }');
    const before = await fingerprint(t.db);
    const error = await refusal(await postGraphql({ query: 'mutation($l: ID!) { createDepartment(name: "Again", code: "home", leadId: $l) { id } }', variables: { l: lead.data!.createPerson.id } }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    expect(await fingerprint(t.db)).toBe(before);
  });
});
