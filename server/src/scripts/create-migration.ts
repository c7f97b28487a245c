import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { openDatabase } from '../database/orm.js';

/**
 * Writes the next migration: applies the committed ones to a throwaway embedded database, diffs
 * the entities against it, and registers the new file in migrations/index.ts.
 */
const dir = path.resolve(import.meta.dirname, '../../../src/database/migrations');
const db = await openDatabase({ dataDir: 'memory://', statementTimeoutMs: 60_000 });
try {
  await db.migrate();
  const result = await db.orm.migrator.create(dir, false, false, process.argv[2]);
  if (!result.fileName) {
    console.log('Entities and migrations agree: nothing to write.');
  } else {
    const name = result.fileName.replace(/\.ts$/, '');
    const indexFile = path.join(dir, 'index.ts');
    const lines = (await readFile(indexFile, 'utf8')).split('\n');
    const lastImport = lines.findLastIndex(line => line.startsWith('import '));
    lines.splice(lastImport + 1, 0, `import { ${name} } from './${name}.js';`);
    lines.splice(lines.lastIndexOf('];'), 0, `  { name: '${name}', class: ${name} },`);
    await writeFile(indexFile, lines.join('\n'));
    console.log(`Wrote ${path.join(dir, result.fileName)}`);
  }
} finally {
  await db.close();
}
