import { execFileSync } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';

/**
 * Once per `npm test`: compile the server (process tests start dist/src/main.js like `npm start`
 * does) and, on a real PostgreSQL, drop test databases a crashed earlier run left behind.
 */
export default async function globalSetup() {
  const root = path.resolve(import.meta.dirname, '..');
  // REGIE_SKIP_BUILD=1 skips the compile when only in-process tests are run (not process.test.ts).
  if (!process.env.REGIE_SKIP_BUILD) execFileSync(process.execPath, [path.join(root, '../node_modules/typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  if (process.env.DATABASE_URL) {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    const { rows } = await client.query("select datname from pg_database where datname like 'regie_test_%'");
    for (const { datname } of rows) {
      // regie_test_<pid>_<random>: only the databases of test processes that are gone.
      const pid = Number(datname.split('_')[2]);
      if (!alive(pid)) await client.query(`drop database if exists "${datname}" with (force)`);
    }
    await client.end();
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
