import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { LIMITS } from '../src/app.js';
import { openDatabase } from '../src/database/orm.js';
import { onlyError, startTestServer, type TestServer } from './harness.js';

let t: TestServer;
let production: TestServer;
beforeAll(async () => {
  t = await startTestServer();
  production = await startTestServer({ nodeEnv: 'production' });
});
afterAll(async () => {
  await t.close();
  await production.close();
});

const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(`${t.url}/graphql`, { method: 'POST', headers: { authorization: `Bearer ${t.actors.people.regie.token}`, ...headers }, body });

describe('limits on every operation', () => {
  it('refuses a query nested deeper than the limit', async () => {
    let selection = 'name';
    for (let i = 0; i < LIMITS.depth; i++) selection = `ofType { ${selection} }`;
    const result = await t.gql(`{ __type(name: "Query") { fields { type { ${selection} } } } }`);
    expect(result.data).toBeUndefined();
    expect(result.errors!.map(e => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(result.errors![0].message).toMatch(/depth limit of 10 exceeded/i);
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: LIMITS.aliases + 1 }, (_, i) => `a${i}: allDepartments { id }`).join(' ');
    const result = await t.gql(`{ ${aliases} }`);
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.data).toBeUndefined();
  });

  it('refuses a document with too many tokens', async () => {
    const fields = Array.from({ length: LIMITS.tokens }, () => 'id').join(' ');
    const result = await t.gql(`{ allDepartments { ${fields} } }`);
    // Refused while parsing, as the client's fault (it was an HTTP 500 when graphql-armor counted the tokens).
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('refuses batched requests', async () => {
    const response = await post(JSON.stringify([{ query: '{ allDepartments { id } }' }, { query: '{ allDepartments { id } }' }]));
    expect(response.status).toBe(400);
  });

  it('refuses requests a browser could forge (CSRF prevention)', async () => {
    const response = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ allDepartments { id } }')}`, { headers: { authorization: `Bearer ${t.actors.people.regie.token}` } });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });

  it('refuses a body above the limit and malformed JSON, without internals', async () => {
    const huge = await post(JSON.stringify({ query: `{ allDepartments { id } } # ${'x'.repeat(1_100_000)}` }));
    expect(huge.status).toBe(413);
    const malformed = await post('{ "query": ');
    expect(malformed.status).toBe(400);
    const text = await malformed.text();
    expect(text).not.toMatch(/at .*\.js|node_modules|SyntaxError/);
  });

  it('hides field suggestions in production, keeps them in development', async () => {
    const dev = onlyError(await t.gql('{ allDepartment { id } }'));
    expect(dev.message).toMatch(/Did you mean/);
    const prod = onlyError(await production.gql('{ allDepartment { id } }'));
    expect(prod.message).not.toMatch(/Did you mean/);
  });

  it('never sends a stack trace', async () => {
    const result = await t.gql('{ Department(id: "1") { id } }', {}, 'garbage');
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|\.ts:\d+|\.js:\d+/);
  });
});

describe('the database', () => {
  const realPostgres = process.env.DATABASE_URL ? it : it.skip;
  realPostgres('cancels a statement that runs longer than the statement timeout', async () => {
    const url = new URL(process.env.DATABASE_URL!);
    const db = await openDatabase({ databaseUrl: url.toString(), dataDir: 'memory://', statementTimeoutMs: 200 });
    try {
      await expect(db.orm.em.getConnection().execute('select pg_sleep(2)')).rejects.toThrow(/statement timeout/);
    } finally {
      await db.close();
    }
  });
});
