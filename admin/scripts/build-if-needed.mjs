// Builds the admin into admin/dist only when a source is newer than the last build, so that
// `npm start` stays quick. Prints one line either way. Usage: node scripts/build-if-needed.mjs
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const adminDir = path.resolve(import.meta.dirname, '..');
const builtIndex = path.join(adminDir, 'dist', 'index.html');
// canAccess.ts compiles the server's table of permissions into the admin.
const SOURCES = ['src', 'index.html', 'vite.config.ts', 'package.json', '../server/src/common/auth/permissions.ts', '../server/src/modules/initiative/workflow.rules.ts'];

/** The newest modification time under `file` (a file or a folder), with the file it belongs to. */
function newest(file) {
  if (!existsSync(file)) return { mtimeMs: 0, file };
  const stat = statSync(file);
  if (!stat.isDirectory()) return { mtimeMs: stat.mtimeMs, file };
  // A folder's own time changes when a file in it is added, removed or renamed.
  return readdirSync(file)
    .map(entry => newest(path.join(file, entry)))
    .reduce((a, b) => (b.mtimeMs > a.mtimeMs ? b : a), { mtimeMs: stat.mtimeMs, file });
}

const source = SOURCES.map(name => newest(path.join(adminDir, name))).reduce((a, b) => (b.mtimeMs > a.mtimeMs ? b : a));
const builtAt = existsSync(builtIndex) ? statSync(builtIndex).mtimeMs : -1;

if (builtAt >= source.mtimeMs) {
  console.log('admin: dist is up to date');
} else {
  const reason = builtAt < 0 ? 'no build yet' : `${path.relative(adminDir, source.file)} changed`;
  const started = performance.now();
  // Imported here so that starting with an up-to-date build does not need Vite at all.
  const { build } = await import('vite');
  // Vite logs warnings (e.g. chunk size) itself; `warn` keeps its per-file report quiet.
  await build({ root: adminDir, configFile: path.join(adminDir, 'vite.config.ts'), logLevel: 'warn' });
  console.log(`admin: built dist in ${((performance.now() - started) / 1000).toFixed(1)}s (${reason})`);
}
