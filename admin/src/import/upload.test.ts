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

// The import route refuses as GraphQL does, `{ errors: [{ message, extensions }] }`: its message is
// read from errors[0], not from a top-level `message`, which the answer does not have.
const REFUSALS: [status: number, body: unknown, message: string][] = [
  [400, { errors: [{ message: 'The body must be the CSV file itself', extensions: { code: 'BAD_REQUEST' } }] }, 'The body must be the CSV file itself'],
  [413, { errors: [{ message: 'The file is over 5 MB' }, { message: 'a second problem' }] }, 'The file is over 5 MB'],
  // Our words stay where they say more to the person who uploaded the file.
  [401, { errors: [{ message: 'Token expired', extensions: { code: 'UNAUTHENTICATED' } }] }, 'Your session has expired; sign in again.'],
  [403, { errors: [{ message: 'Needs responses:write', extensions: { code: 'FORBIDDEN' } }] }, 'You may not record survey responses.'],
  [415, { errors: [{ message: 'Send text/csv', extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } }] }, 'The server takes CSV files only.'],
  // Other shapes as before: a bare message, or none that can be read.
  [400, { message: 'Bad file' }, 'Bad file'],
  [400, { errors: [{ message: '' }], message: 'Bad file' }, 'Bad file'],
  [400, { errors: [] }, 'The import failed (HTTP 400).'],
  [400, { errors: [{ message: 42 }] }, 'The import failed (HTTP 400).'],
  [400, { errors: [null] }, 'The import failed (HTTP 400).'],
  [400, { errors: 'Bad file' }, 'The import failed (HTTP 400).'],
  [413, null, 'The file is larger than the server accepts; split it and upload the parts.'],
  [503, { errors: [{ message: 'The database is not reachable' }] }, 'The database is not reachable'],
];

for (const [status, body, message] of REFUSALS) {
  test(`HTTP ${status} ${JSON.stringify(body)} fails with "${message}"`, () => {
    assert.deepEqual(outcomeOf(status, JSON.stringify(body)), { kind: 'failed', status, message });
  });
}

test('a 400 with the rows to fix is not read as a refusal', () => {
  assert.equal(outcomeOf(400, JSON.stringify(rejected)).kind, 'rejected');
});
