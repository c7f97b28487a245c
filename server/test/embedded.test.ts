import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/database/orm.js';
import { createLogger } from '../src/logger.js';
import { startTestServer, type TestServer } from './harness.js';

describe('the embedded database', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ embedded: true });
  });
  afterAll(() => t.close());

  it('serves 50 concurrent mutations and queries, all complete and consistent', async () => {
    const work = Array.from({ length: 50 }, (_, i) =>
      i % 2 === 0
        ? t.gql(`mutation { createDepartment(name: "Concurrent ${i}", code: "C${i}") { id code } }`)
        : t.gql('{ allDepartments(perPage: 100) { id } _allDepartmentsMeta { count } }'),
    );
    const results = await Promise.all(work);
    expect(results.flatMap(r => r.errors ?? [])).toEqual([]);
    const final = await t.gql('{ _allDepartmentsMeta { count } }');
    expect(final.data!._allDepartmentsMeta.count).toBe(27); // 25 and the two fixture departments
    // Every read saw a consistent state: its list and its count agree.
    for (const r of results.filter(r => r.data && 'allDepartments' in r.data)) {
      expect(r.data!.allDepartments).toHaveLength(r.data!._allDepartmentsMeta.count);
    }
  });
});

describe('readiness', () => {
  it('answers 503 while migrations are not applied', async () => {
    const db = await openDatabase({ dataDir: 'memory://', statementTimeoutMs: 10_000 });
    const server = await createServer({ config: loadConfig({ NODE_ENV: 'test' }), db, logger: createLogger('silent'), jwtSecret: 'x'.repeat(32) });
    const url = await server.listen(0, '127.0.0.1');
    try {
      const before = await fetch(`${url}/readyz`);
      expect(before.status).toBe(503);
      expect(await before.json()).toMatchObject({ status: 'unavailable' });
      await db.migrate();
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
    } finally {
      await server.stop();
      await db.close();
    }
  });
});
