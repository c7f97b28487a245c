import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase, type Database } from '../src/database/orm.js';
import { DemoSeeder } from '../src/database/seeders/demo.seeder.js';
import { fingerprint, startTestServer, TEST_PASSWORD, type TestServer } from './harness.js';

const script = path.resolve(import.meta.dirname, '../dist/src/scripts/backup.js');

/** Runs the compiled script as `npm run backup` / `npm run restore` do. */
function runScript(args: string[], env: Record<string, string | undefined>): Promise<{ code: number; stdout: string; stderr: string }> {
  const { DATABASE_URL: _, REGIE_DATA_DIR: __, REGIE_BACKUP_FILE: ___, ...rest } = process.env;
  return new Promise(resolve => {
    execFile(process.execPath, [script, ...args], { env: { ...rest, ...env } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** Rows per table, every table of the public schema (the migrations' own table too). */
async function rowCounts(db: Database): Promise<Record<string, number>> {
  const connection = db.orm.em.getConnection();
  const tables = await connection.execute<{ name: string }[]>(
    "select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1",
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await connection.execute<{ n: string }[]>(`select count(*) as n from "${name}"`);
    counts[name] = Number(row.n);
  }
  return counts;
}

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'regie-backup-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

const describePostgres = process.env.DATABASE_URL ? describe : describe.skip;

describePostgres('backup and restore on PostgreSQL', () => {
  let t: TestServer;
  let databaseUrl: string;
  beforeAll(async () => {
    t = await startTestServer({ demo: true });
    databaseUrl = t.db.orm.config.get('clientUrl') as string;
  });
  afterAll(() => t.close());

  it('restores the database exactly as it was at backup time', async () => {
    const created = await t.gql('mutation { createDepartment(name: "Before Backup", code: "BB") { id } }');
    expect(created.errors).toBeUndefined();
    const file = path.join(work, 'regie.dump');
    const atBackup = { fingerprint: await fingerprint(t.db), counts: await rowCounts(t.db) };
    expect(atBackup.counts.survey_response).toBeGreaterThan(0);

    const backup = await runScript(['backup', file], { DATABASE_URL: databaseUrl });
    expect(backup).toMatchObject({ code: 0, stderr: '' });
    expect(backup.stdout).toContain(`to ${file}`);
    expect(existsSync(file)).toBe(true);

    // Changes after the backup: through the API and behind its back.
    expect((await t.gql('mutation { createDepartment(name: "After Backup", code: "AB") { id } }')).errors).toBeUndefined();
    const connection = t.db.orm.em.getConnection();
    await connection.execute('delete from survey_response');
    await connection.execute("update department set name = name || ' (changed)'");
    expect(await fingerprint(t.db)).not.toBe(atBackup.fingerprint);

    const restore = await runScript(['restore', file], { DATABASE_URL: databaseUrl });
    expect(restore).toMatchObject({ code: 0, stderr: '' });
    expect(restore.stdout).toContain(`Restored ${file}`);
    expect(await fingerprint(t.db)).toBe(atBackup.fingerprint);
    expect(await rowCounts(t.db)).toEqual(atBackup.counts);
    // The server carries on over the restored database.
    const after = await t.gql('{ _allDepartmentsMeta { count } }');
    expect(after.data!._allDepartmentsMeta.count).toBe(atBackup.counts.department);
  });

  it('refuses a missing file and an existing target, without a stack trace', async () => {
    const missing = await runScript(['restore', path.join(work, 'nowhere.dump')], { DATABASE_URL: databaseUrl });
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe(`Restore failed: ${path.join(work, 'nowhere.dump')} does not exist: nothing was restored.`);

    const existing = await runScript(['backup', path.join(work, 'regie.dump')], { DATABASE_URL: databaseUrl });
    expect(existing.code).toBe(1);
    expect(existing.stderr).toMatch(/^Backup failed: .* already exists/);
    expect(existing.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('backup and restore of the embedded database', () => {
  it('copies the data directory out and back, keeping the replaced one aside', async () => {
    const dataDir = path.join(work, 'data');
    const env = { REGIE_DATA_DIR: dataDir };
    const open = () => openDatabase({ dataDir: path.join(dataDir, 'pglite'), statementTimeoutMs: 30_000 });
    let db = await open();
    await db.migrate();
    await new DemoSeeder(TEST_PASSWORD).run(db.fork());
    const atBackup = await fingerprint(db);

    // Refused while a database holds the directory open.
    const busy = await runScript(['backup', path.join(work, 'busy.pglite')], env);
    expect(busy.code).toBe(1);
    expect(busy.stderr).toContain('stop Regie first');
    expect(existsSync(path.join(work, 'busy.pglite'))).toBe(false);
    await db.close();

    const target = path.join(work, 'embedded.pglite');
    const backup = await runScript(['backup', target], env);
    expect(backup).toMatchObject({ code: 0, stderr: '' });

    db = await open();
    await db.fork().getConnection().execute('delete from survey_response');
    const changed = await fingerprint(db);
    expect(changed).not.toBe(atBackup);
    await db.close();

    const restore = await runScript(['restore', target], env);
    expect(restore).toMatchObject({ code: 0, stderr: '' });
    const [aside] = (await readdir(dataDir)).filter(name => name.startsWith('pglite.before-restore-'));
    expect(restore.stdout).toContain(path.join(dataDir, aside));

    db = await open();
    try {
      expect(await fingerprint(db)).toBe(atBackup);
    } finally {
      await db.close();
    }
    // The replaced database is intact beside it, not deleted.
    const previous = await openDatabase({ dataDir: path.join(dataDir, aside), statementTimeoutMs: 30_000 });
    try {
      expect(await fingerprint(previous)).toBe(changed);
    } finally {
      await previous.close();
    }
  });
});
