import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { openDatabase } from '../src/database/orm.js';
import { buildRegieSchema, printRegieSchema } from '../src/schema.js';

describe('generated artefacts stay in step with the code', () => {
  it('schema.graphql is what the code emits (run `npm run schema -w server` to refresh it)', async () => {
    const committed = await readFile(path.resolve(import.meta.dirname, '../../schema.graphql'), 'utf8');
    expect(committed).toBe(printRegieSchema(await buildRegieSchema()));
  });

  it('the migrations build exactly the schema the entities describe (run `npm run migration:create -w server`)', async () => {
    const db = await openDatabase({ dataDir: 'memory://', statementTimeoutMs: 30_000 });
    try {
      expect((await db.migrate()).length).toBeGreaterThan(0);
      const missing = await db.orm.schema.getUpdateSchemaSQL({ wrap: false });
      expect(missing.trim()).toBe('');
      expect(await db.pendingMigrations()).toEqual([]);
    } finally {
      await db.close();
    }
  });
});
