import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, loadConfig, type Config } from '../config.js';

/**
 * `backup.js backup [target]` and `backup.js restore <source>`: the database named by DATABASE_URL
 * through pg_dump/pg_restore (custom format), or the embedded database's directory copied while
 * no Regie uses it. The target or source may also come from REGIE_BACKUP_FILE.
 */

/** An expected failure: its message is all the user needs, no stack trace. */
class BackupError extends Error {}

type Action = 'backup' | 'restore';

/** Paths are relative to where the user ran npm (INIT_CWD), like REGIE_DATA_DIR. */
const fromUser = (file: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file);

const stamp = () => new Date().toISOString().slice(0, 19).replace(/:/g, '-') + 'Z';

/** The backup file or directory: the argument, REGIE_BACKUP_FILE, or (backups only) a new one under ./backups. */
function chooseFile(action: Action, argument: string | undefined, embedded: boolean): string {
  const given = argument ?? (process.env.REGIE_BACKUP_FILE?.trim() || undefined);
  if (given) return fromUser(given);
  if (action === 'restore') throw new BackupError('Name the backup to restore: npm run restore -- <file>, or set REGIE_BACKUP_FILE.');
  return fromUser(path.join('backups', `regie-${stamp()}.${embedded ? 'pglite' : 'dump'}`));
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL: pg_dump / pg_restore

/** The URL without its password (handed over in PGPASSWORD, so it shows in no process list). */
function libpqTarget(databaseUrl: string): { url: string; env: NodeJS.ProcessEnv; label: string } {
  const url = new URL(databaseUrl);
  const env = { ...process.env };
  if (url.password) env.PGPASSWORD = decodeURIComponent(url.password);
  url.password = '';
  return { url: url.toString(), env, label: `${url.hostname}:${url.port || 5432}${url.pathname}` };
}

function run(tool: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env, stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', chunk => (stderr += chunk));
    child.on('error', error =>
      reject(
        (error as NodeJS.ErrnoException).code === 'ENOENT'
          ? new BackupError(`${tool} was not found: install the PostgreSQL client tools (the server's major version or newer) and put them on PATH.`)
          : error,
      ),
    );
    child.on('close', code => (code === 0 ? resolve() : reject(new BackupError(`${tool} failed (exit code ${code}):\n${stderr.trim()}`))));
  });
}

async function dumpPostgres(databaseUrl: string, file: string): Promise<string> {
  const { url, env, label } = libpqTarget(databaseUrl);
  await mkdir(path.dirname(file), { recursive: true });
  try {
    await run('pg_dump', ['--format=custom', `--file=${file}`, `--dbname=${url}`], env);
  } catch (error) {
    await rm(file, { force: true }); // a half-written dump of our own making
    throw error;
  }
  return `Backed up PostgreSQL database ${label} to ${file} (${await sizeOf(file)}).`;
}

async function restorePostgres(databaseUrl: string, file: string): Promise<string> {
  const { url, env, label } = libpqTarget(databaseUrl);
  if (!(await stat(file)).isFile()) throw new BackupError(`${file} is a directory, not a pg_dump file: was it made from the embedded database?`);
  // One transaction: a restore that fails part-way leaves the database as it was.
  await run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--single-transaction', `--dbname=${url}`, file], env);
  return `Restored ${file} into PostgreSQL database ${label} (its tables were dropped and recreated from the backup).`;
}

// ---------------------------------------------------------------------------------------------
// Embedded: a copy of <REGIE_DATA_DIR>/pglite

/**
 * PGlite writes postmaster.pid while it has the directory open and removes it on close, so its
 * presence means a running Regie (or one that crashed: starting and stopping Regie clears it).
 */
function refuseWhileOpen(dir: string) {
  if (existsSync(path.join(dir, 'postmaster.pid'))) {
    throw new BackupError(
      `${dir} is in use (postmaster.pid is present): stop Regie first. If no Regie is running, it did not stop cleanly; start and stop it once, then try again.`,
    );
  }
}

/** Copies beside the destination first, then renames: the destination is either complete or absent. */
async function copyDirectory(from: string, to: string) {
  const partial = `${to}.partial-${process.pid}`;
  try {
    await cp(from, partial, { recursive: true, errorOnExist: true, force: false });
    await rename(partial, to);
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    throw error;
  }
}

async function backupEmbedded(dataDir: string, target: string): Promise<string> {
  const database = path.join(dataDir, 'pglite');
  if (!existsSync(path.join(database, 'PG_VERSION'))) throw new BackupError(`There is no embedded database at ${database}: nothing to back up.`);
  refuseWhileOpen(database);
  await mkdir(path.dirname(target), { recursive: true });
  await copyDirectory(database, target);
  return `Backed up the embedded database ${database} to the directory ${target}.`;
}

async function restoreEmbedded(dataDir: string, source: string): Promise<string> {
  if (!existsSync(path.join(source, 'PG_VERSION'))) {
    throw new BackupError(`${source} is not a backup of the embedded database (a directory holding PG_VERSION): was it made with DATABASE_URL set?`);
  }
  refuseWhileOpen(source);
  const database = path.join(dataDir, 'pglite');
  refuseWhileOpen(database);
  const incoming = `${database}.restoring-${process.pid}`;
  await mkdir(dataDir, { recursive: true });
  await copyDirectory(source, incoming);
  let keptAside: string | undefined;
  if (existsSync(database)) {
    keptAside = `${database}.before-restore-${stamp()}`;
    await rename(database, keptAside);
  }
  await rename(incoming, database);
  return (
    `Restored ${source} into ${database}.` +
    (keptAside ? `\nThe database it replaced is kept in ${keptAside}; delete it once you no longer need it.` : '')
  );
}

// ---------------------------------------------------------------------------------------------

async function sizeOf(file: string): Promise<string> {
  const { size } = await stat(file);
  return size < 1024 ** 2 ? `${Math.ceil(size / 1024)} kB` : `${(size / 1024 ** 2).toFixed(1)} MB`;
}

function configOrFail(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) throw new BackupError(error.message);
    throw error;
  }
}

async function main(action: string | undefined, argument: string | undefined): Promise<string> {
  if (action !== 'backup' && action !== 'restore') throw new BackupError('Usage: backup.js backup [file] | backup.js restore <file>');
  const config = configOrFail();
  const embedded = !config.databaseUrl;
  const file = chooseFile(action, argument, embedded);
  if (action === 'backup') {
    if (existsSync(file)) throw new BackupError(`${file} already exists: choose another name (a backup never overwrites one).`);
    return config.databaseUrl ? dumpPostgres(config.databaseUrl, file) : backupEmbedded(config.dataDir, file);
  }
  if (!existsSync(file)) throw new BackupError(`${file} does not exist: nothing was restored.`);
  return config.databaseUrl ? restorePostgres(config.databaseUrl, file) : restoreEmbedded(config.dataDir, file);
}

try {
  console.log(await main(process.argv[2], process.argv[3]));
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(`${process.argv[2] === 'restore' ? 'Restore' : 'Backup'} failed: ${error.message}`);
  process.exitCode = 1;
}
