import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildRegieSchema, printRegieSchema } from '../schema.js';

// server/dist/src/scripts → repository root
const target = path.resolve(import.meta.dirname, '../../../../schema.graphql');
await writeFile(target, printRegieSchema(await buildRegieSchema()));
console.log(`Wrote ${target}`);
