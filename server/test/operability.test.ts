import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLInt, GraphQLObjectType, GraphQLSchema } from 'graphql';
import { createServer, type RegieServer } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { onlyError, startTestServer, type TestServer } from './harness.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A schema whose only field fails unexpectedly: the server logs it as an error. */
const failingSchema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      boom: {
        type: GraphQLInt,
        resolve: async () => {
          await new Promise(resolve => setTimeout(resolve, 5));
          throw new Error('kaboom');
        },
      },
    },
  }),
});

let t: TestServer;
/** Metrics off (the default), a failing schema and a logger whose lines the tests read. */
let plain: RegieServer;
let plainUrl: string;
const logged: string[] = [];

beforeAll(async () => {
  t = await startTestServer({ env: { REGIE_METRICS: 'true' } });
  plain = await createServer({
    config: loadConfig({ NODE_ENV: 'test' }),
    db: t.db,
    logger: createLogger('error', line => logged.push(line)),
    jwtSecret: t.jwtSecret,
    schema: failingSchema,
  });
  plainUrl = await plain.listen(0, '127.0.0.1');
});
afterAll(async () => {
  await plain.stop();
  await t.close();
});

describe('GET /metrics', () => {
  it('is not there unless REGIE_METRICS=true', async () => {
    expect(loadConfig({}).metrics).toBe(false);
    expect((await fetch(`${plainUrl}/metrics`)).status).toBe(404);
  });

  it('counts and times operations, counts errors per code, and reports the process and the database', async () => {
    for (let i = 0; i < 3; i++) expect((await t.gql('query Listing { allDepartments { id } }')).errors).toBeUndefined();
    const refused = onlyError(await t.gql('mutation { createDepartment(name: "", code: "cs") { id } }'));
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect((await t.gql('{ noSuchField }')).errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const response = await fetch(`${t.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(text).toContain('regie_graphql_requests_total{operation="allDepartments"} 3');
    expect(text).toContain('regie_graphql_request_duration_seconds_count{operation="allDepartments"} 3');
    expect(text).toMatch(/regie_graphql_request_duration_seconds_bucket\{le="0\.1",operation="allDepartments"\} \d/);
    expect(text).toContain('regie_graphql_requests_total{operation="createDepartment"} 1');
    // A request that never named real fields is "other", not its own series.
    expect(text).toContain('regie_graphql_requests_total{operation="other"} 1');
    expect(text).not.toContain('noSuchField');
    expect(text).toContain('regie_graphql_errors_total{code="BAD_USER_INPUT"} 1');
    expect(text).toContain('regie_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"} 1');
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
    expect(text).toMatch(/^process_resident_memory_bytes \d/m);
    expect(text).toMatch(/^nodejs_heap_size_used_bytes \d/m);
    expect(text).toMatch(/^regie_db_waiting \d+$/m);
    if (!t.db.embedded) expect(text).toMatch(/^regie_db_pool_connections\{state="total"\} [1-9]\d*$/m);
  });
});

describe('request ids', () => {
  it('gives every response one, echoes a sane incoming one and replaces a malformed one', async () => {
    const fresh = (await fetch(`${t.url}/healthz`)).headers.get('x-request-id');
    expect(fresh).toMatch(UUID);

    const echoed = await fetch(`${t.url}/healthz`, { headers: { 'x-request-id': 'lb-7f3a.2024:01/abc' } });
    expect(echoed.headers.get('x-request-id')).toBe('lb-7f3a.2024:01/abc');

    for (const malformed of ['x'.repeat(101), 'two words', 'inject"quote', '<script>']) {
      const replaced = await fetch(`${t.url}/healthz`, { headers: { 'x-request-id': malformed } });
      expect(replaced.headers.get('x-request-id')).toMatch(UUID);
    }
  });

  it('is on every log line written while handling the request', async () => {
    logged.length = 0;
    const response = await fetch(`${plainUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-42' },
      body: JSON.stringify({ query: '{ boom }' }),
    });
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(response.headers.get('x-request-id')).toBe('trace-42');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^\S+ ERROR \[trace-42\] Unexpected error while handling a GraphQL request\n.*kaboom/);

    createLogger('error', line => logged.push(line)).error('Outside any request');
    expect(logged[1]).toMatch(/^\S+ ERROR Outside any request\n$/);
  });
});
