import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { killAll, MAIN, spawnServer, type Spawned } from './spawned.js';

/** These tests start the compiled server (built by the global setup) the way `npm start` does. */
const dirs: string[] = [];

afterAll(async () => {
  await killAll();
  await Promise.all(dirs.map(dir => rm(dir, { recursive: true, force: true })));
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'regie-process-'));
  dirs.push(dir);
  return dir;
}

type Started = Spawned;

const start = (env: Record<string, string>): Promise<Started> => spawnServer({ LOG_LEVEL: 'warn', DEMO_PASSWORD, ...env });

const DEMO_PASSWORD = 'process-test-password';

async function gql(url: string, query: string, token?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query }) });
  return (await response.json()) as { data?: any; errors?: any[] };
}

/** Signs in as the demo regie account. */
async function signIn(url: string): Promise<string> {
  const result = await gql(url, `mutation { signIn(email: "regie@demo.regie", password: "${DEMO_PASSWORD}") { token } }`);
  expect(result.errors).toBeUndefined();
  return result.data.signIn.token;
}

async function stop(server: Started): Promise<number | null> {
  server.child.kill('SIGTERM');
  return server.exited;
}

describe('the server process', () => {
  it('refuses to start on a bad setting, naming the variable', async () => {
    const child = spawn(process.execPath, [MAIN], { env: { ...process.env, PORT: 'eighty' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', chunk => (stderr += chunk));
    const code = await new Promise(resolve => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toMatch(/PORT must be an integer/);
  });

  it('seeds an empty embedded database, keeps every row across a restart, and never reseeds', async () => {
    const dataDir = await tempDir();
    const first = await start({ REGIE_DATA_DIR: dataDir });
    expect((await fetch(`${first.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${first.url}/readyz`)).status).toBe(200);
    const token = await signIn(first.url);
    const seeded = await gql(first.url, '{ allDepartments(sortField: "code") { code } _allDepartmentsMeta { count } }', token);
    expect(seeded.data.allDepartments.map((d: { code: string }) => d.code)).toEqual(['BIL', 'CS', 'DIG', 'MKT', 'OPS', 'SAL']);
    const created = await gql(first.url, 'mutation { createDepartment(name: "Legal", code: "LEG") { id } }', token);
    expect(created.errors).toBeUndefined();
    const renamed = await gql(first.url, 'mutation { updateDepartment(id: 6, version: 1, name: "Digital & App") { id } }', token);
    expect(renamed.errors).toBeUndefined();
    expect(await stop(first)).toBe(0);

    const second = await start({ REGIE_DATA_DIR: dataDir });
    // The session survives the restart too: the development secret is kept in the data directory.
    const after = await gql(second.url, '{ allDepartments(sortField: "code") { code name } }', token);
    expect(after.data.allDepartments.map((d: { code: string }) => d.code)).toEqual(['BIL', 'CS', 'DIG', 'LEG', 'MKT', 'OPS', 'SAL']);
    expect(after.data.allDepartments.find((d: { code: string }) => d.code === 'DIG').name).toBe('Digital & App');
    const people = await gql(second.url, '{ _allPeopleMeta { count } }', token);
    expect(people.data._allPeopleMeta.count).toBe(8);
    expect(await stop(second)).toBe(0);
    // Two boots of the embedded database, the first seeding the demo with its twelve months of survey responses.
  }, 120_000);

  it('starts empty with REGIE_SEED=false', async () => {
    const server = await start({ REGIE_DATA_DIR: await tempDir(), REGIE_SEED: 'false' });
    const result = await gql(server.url, 'mutation { signIn(email: "regie@demo.regie", password: "' + DEMO_PASSWORD + '") { token } }');
    expect(result.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(server.output()).not.toMatch(/Sign in as/);
    expect(await stop(server)).toBe(0);
  });

  it('on SIGTERM finishes the request in flight, then exits 0', async () => {
    const server = await start({ REGIE_DATA_DIR: await tempDir() });
    const token = await signIn(server.url);
    const body = JSON.stringify({ query: 'mutation { createDepartment(name: "Late", code: "LATE") { code } }' });
    const { port } = new URL(server.url);
    let sent!: () => void;
    const headersSent = new Promise<void>(resolve => (sent = resolve));
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = http.request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}` } }, res => {
        let text = '';
        res.on('data', chunk => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      request.on('error', reject);
      // Half a request: the server has it in flight when the signal arrives.
      request.write(body.slice(0, 10), () => setTimeout(sent, 100));
      void headersSent.then(() => {
        server.child.kill('SIGTERM');
        setTimeout(() => request.end(body.slice(10)), 300);
      });
    });
    const answer = await response;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ data: { createDepartment: { code: 'LATE' } } });
    expect(await server.exited).toBe(0);
    // A boot of the embedded database that seeds the demo, survey responses included.
  }, 120_000);
});

describe('the Node version check', () => {
  const { problem } = createRequire(import.meta.url)('../scripts/check-node.cjs') as { problem: (v: string) => string | null };
  it.each([
    ['20.20.2', true],
    ['22.16.9', true],
    ['v18.0.0', true],
    ['22.17.0', false],
    ['22.23.3', false],
    ['24.1.0', false],
  ])('%s is too old: %s', (version, tooOld) => {
    const message = problem(version);
    expect(message !== null).toBe(tooOld);
    if (message) expect(message).toMatch(/needs Node\.js >= 22\.17/);
  });
});
