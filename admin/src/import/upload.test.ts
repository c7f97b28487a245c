/// <reference types="node" />
// Run with `npm run test:unit -w admin`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { outcomeOf } from './upload.ts';

/** How the server refuses a request as a whole, like a GraphQL error. */
const refusal = (message: string, code: string) => JSON.stringify({ errors: [{ message, extensions: { code } }] });

const stored = { received: 3, created: 2, duplicates: 1, errors: [] };
const rejected = { received: 2, created: 0, duplicates: 0, errors: [{ line: 3, column: 'score', message: 'Must be a whole number from 0 to 10' }], errorCount: 1 };

test('a stored file reads as its counts', () => {
  assert.deepEqual(outcomeOf(200, JSON.stringify(stored)), { kind: 'stored', result: stored });
});

test('a file with bad rows reads as the rows to fix', () => {
  assert.deepEqual(outcomeOf(400, JSON.stringify(rejected)), { kind: 'rejected', result: rejected });
});

const FAILED: [status: number, body: string, message: string][] = [
  [401, refusal('Not signed in', 'UNAUTHENTICATED'), 'Your session has expired; sign in again.'],
  [403, refusal('Needs responses:write', 'FORBIDDEN'), 'You may not record survey responses.'],
  [413, refusal('The file is over 10 MB', 'BAD_REQUEST'), 'The file is over 10 MB'],
  [413, '', 'The file is larger than the server accepts; split it and upload the parts.'],
  [415, '{}', 'The server takes CSV files only.'],
  [400, refusal('The file has no header row', 'BAD_REQUEST'), 'The file has no header row'],
  [500, refusal('Internal server error', 'INTERNAL_SERVER_ERROR'), 'Internal server error'],
  [502, '<html>', 'The import failed (HTTP 502).'],
  [0, '', 'The server could not be reached; check the connection and try again.'],
];

for (const [status, body, message] of FAILED) {
  test(`HTTP ${status} ${body || '(empty)'} fails with "${message}"`, () => {
    assert.deepEqual(outcomeOf(status, body), { kind: 'failed', status, message });
  });
}
