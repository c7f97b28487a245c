import pg from 'pg';
import { PEOPLE_LOCK } from '../src/modules/person/person.service.js';
import type { GqlResult, TestServer } from './harness.js';

/**
 * Runs mutations that take the people lock (lockPeople) at the same time, in a known order: the
 * test holds the lock, sends each call and waits until it queues behind the lock, then lets them
 * all go. PostgreSQL grants a lock to its waiters first come, first served, so the first call
 * commits before the second reads anything. A call that did not take the lock would never queue,
 * and this would time out.
 */
export async function inTurn(t: TestServer, calls: (() => Promise<GqlResult>)[]): Promise<GqlResult[]> {
  const client = new pg.Client({ connectionString: t.db.orm.config.get('clientUrl') as string });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [PEOPLE_LOCK]);
    const pending: Promise<GqlResult>[] = [];
    for (const call of calls) {
      pending.push(call());
      await queued(client, pending.length);
    }
    await client.query('select pg_advisory_unlock($1)', [PEOPLE_LOCK]);
    return await Promise.all(pending);
  } finally {
    await client.end();
  }
}

async function queued(client: pg.Client, count: number): Promise<void> {
  const until = Date.now() + 10_000;
  for (;;) {
    const { rows } = await client.query<{ waiting: number }>(
      "select count(*)::int as waiting from pg_locks where locktype = 'advisory' and not granted and database = (select oid from pg_database where datname = current_database())",
    );
    if (rows[0].waiting >= count) return;
    if (Date.now() > until) throw new Error(`expected ${count} calls waiting for the people lock, found ${rows[0].waiting}`);
    await new Promise(resolve => setTimeout(resolve, 20));
  }
}
