import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import pg from 'pg';
import { BadUserInput } from '../src/common/errors.js';
import { flushChecked } from '../src/common/persistence.js';
import { Department } from '../src/modules/department/department.entity.js';
import { onlyError, startTestServer, type TestServer } from './harness.js';

/**
 * Refused writes are told apart by SQLSTATE and by the constraint and table PostgreSQL names in
 * the error's fields, not by the words of its message (which depend on the server's language, and
 * to which the driver appends the detail). On PostgreSQL and on the embedded database alike.
 */
const servers: Record<'PostgreSQL' | 'embedded', TestServer> = {} as never;
beforeAll(async () => {
  servers.PostgreSQL = await startTestServer();
  servers.embedded = await startTestServer({ embedded: true });
});
afterAll(async () => {
  for (const server of Object.values(servers)) await server.close();
});

/** What `work` throws; run past the API, so on the embedded database through its gate like a request. */
const refusal = (t: TestServer, work: () => Promise<unknown>): Promise<unknown> => {
  const caught = () => work().then(() => undefined, (error: unknown) => error);
  return t.db.gate ? t.db.gate.run(caught) : caught();
};

describe.each(['PostgreSQL', 'embedded'] as const)('on %s', name => {
  it('a reference refusal (23503; 23001 for ON DELETE RESTRICT on PostgreSQL 17) names the table still pointing at the record', async () => {
    const t = servers[name];
    // The lead of HOME belongs to it: deleting the department without the check a delete makes first.
    const error = await refusal(t, async () => {
      const em = t.db.fork();
      em.remove(await em.findOneOrFail(Department, { id: Number(t.actors.departments.home) }));
      await flushChecked(em);
    });
    expect(error).toBeInstanceOf(BadUserInput);
    expect((error as BadUserInput).message).toBe('This record is still used by person records; change or delete those first');
    expect((error as BadUserInput).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('a unique refusal (23505) becomes BAD_USER_INPUT only for the very constraint named', async () => {
    const t = servers[name];
    const duplicate = () => {
      const em = t.db.fork();
      em.create(Department, { name: 'Twin', code: 'HOME' } as never);
      return em;
    };
    const named = await refusal(t, () => flushChecked(duplicate(), { department_code_unique: { field: 'code', message: 'code is taken' } }));
    expect(named).toBeInstanceOf(BadUserInput);
    expect((named as BadUserInput).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    // A name that merely occurs in the constraint's name (or in the message) is another constraint.
    const other = await refusal(t, () => flushChecked(duplicate(), { department_code: { field: 'code', message: 'code is taken' } }));
    expect(other).toBeInstanceOf(UniqueConstraintViolationException);
  });
});

describe('a delete racing a new reference, through the API', () => {
  it('refuses the delete as BAD_USER_INPUT naming the table that now points at the record, and deletes nothing', async () => {
    const t = servers.PostgreSQL;
    const created = await t.gql('mutation { createDepartment(name: "Short-lived", code: "SHORT") { id } }');
    const id = Number(created.data!.createDepartment.id);
    // Another writer locks the department and adds a person to it; deleteDepartment counts no one
    // (the person is not committed), then waits for the row until the writer commits.
    const writer = new pg.Client({ connectionString: t.db.orm.config.get('clientUrl') as string });
    await writer.connect();
    try {
      await writer.query('begin');
      await writer.query('select id from department where id = $1 for update', [id]);
      await writer.query("insert into person (name, email, role, department_id) values ('Late joiner', 'late.joiner@test.regie', 'VIEWER', $1)", [id]);
      const pending = t.gql('mutation($id: ID!) { deleteDepartment(id: $id) { id } }', { id: String(id) });
      await waitForBlocked(writer);
      await writer.query('commit');
      expect(onlyError(await pending)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'id',
        message: 'This record is still used by person records; change or delete those first',
      });
      expect((await t.gql('query($id: ID!) { Department(id: $id) { code } }', { id: String(id) })).data!.Department).toEqual({ code: 'SHORT' });
    } finally {
      await writer.end();
    }
  });
});

describe('two scoring model changes at once', () => {
  it('refuse the later one as CONFLICT, by the version constraint', async () => {
    const t = servers.PostgreSQL;
    // Another writer holds version 2, not yet committed, when the API inserts its own version 2.
    const writer = new pg.Client({ connectionString: t.db.orm.config.get('clientUrl') as string });
    await writer.connect();
    try {
      await writer.query('begin');
      await writer.query(`insert into scoring_model (version, levels, gap_weight, min_responses, window_days, commercial_weight, reason, created_by_name)
        values (2, '{"MINIMAL": 0.25, "LOW": 0.5, "MEDIUM": 1, "HIGH": 2, "MASSIVE": 3}', 2, 30, 90, 0.5, 'the other writer', 'Elsewhere')`);
      const pending = t.gql('mutation { updateScoringModel(gapWeight: 1.5, reason: "at the same time") { version } }');
      await waitForBlocked(writer);
      await writer.query('commit');
      const error = onlyError(await pending);
      expect(error).toMatchObject({ code: 'CONFLICT', extensions: { entity: 'ScoringModel', currentVersion: 2 } });
      // Nothing of the refused change stays: the other writer's version is the active one, and no audit entry tells of it.
      const after = await t.gql('{ allScoringModels(sortField: "version", sortOrder: "ASC") { version reason } allAuditEntries(filter: { entity: "ScoringModel" }) { id } }');
      expect(after.data).toEqual({ allScoringModels: [{ version: 1, reason: 'The defaults of the product design' }, { version: 2, reason: 'the other writer' }], allAuditEntries: [] });
    } finally {
      await writer.end();
    }
  });
});

/** Until a statement of another session waits for `writer`'s transaction (a locked row, a unique index entry). */
async function waitForBlocked(writer: pg.Client): Promise<void> {
  const until = Date.now() + 10_000;
  for (;;) {
    const { rows } = await writer.query<{ waiting: number }>(
      "select count(*)::int as waiting from pg_locks where locktype = 'transactionid' and not granted and database is null and transactionid = (select backend_xid from pg_stat_activity where pid = pg_backend_pid())",
    );
    if (rows[0].waiting > 0) return;
    if (Date.now() > until) throw new Error('the API call never waited for the other writer');
    await new Promise(resolve => setTimeout(resolve, 20));
  }
}
