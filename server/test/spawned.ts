import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';

/**
 * Helpers of the tests that start the compiled server (dist/, built by the global setup) as its
 * own process, the way `npm start` does: on a PostgreSQL database of their own, or on an embedded
 * data directory.
 */
export const MAIN = path.resolve(import.meta.dirname, '../dist/src/main.js');

export interface Spawned {
  child: ChildProcess;
  url: string;
  output(): string;
  /** The exit code, or null when a signal ended the process. */
  exited: Promise<number | null>;
}

const children: ChildProcess[] = [];

/** Starts dist/src/main.js with the given environment (on top of this process's, minus DATABASE_URL); resolves once it says it is ready. */
export function spawnServer(env: Record<string, string>): Promise<Spawned> {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, [MAIN], {
    env: { ...inherited, NODE_ENV: 'test', LOG_LEVEL: 'error', HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  const exited = new Promise<number | null>(resolve => child.once('exit', code => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /ready at (http:\/\/[^/\s]+)\//.exec(output);
      if (match) resolve({ child, url: match[1], output: () => output, exited });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then(code => reject(new Error(`server exited with ${code} before it was ready:\n${output}`)));
  });
}

/** SIGKILLs every server this file started that still runs. */
export async function killAll(): Promise<void> {
  const running = children.filter(child => child.exitCode === null && child.signalCode === null);
  await Promise.all(running.map(child => new Promise(resolve => (child.once('exit', resolve), child.kill('SIGKILL')))));
}

export interface TestDatabase {
  name: string;
  url: string;
  sql<T = Record<string, any>>(text: string, params?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

/**
 * A fresh PostgreSQL database beside the one DATABASE_URL names, named regie_test_<pid>_… so that
 * the global setup drops it should this run crash.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('These tests need DATABASE_URL (a PostgreSQL server)');
  const name = `regie_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const run = async (connectionString: string, text: string, params: unknown[] = []) => {
    const client = new pg.Client({ connectionString });
    await client.connect();
    try {
      return (await client.query(text, params)).rows;
    } finally {
      await client.end();
    }
  };
  await run(adminUrl, `create database "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    sql: (text, params) => run(url.toString(), text, params) as never,
    drop: async () => void (await run(adminUrl, `drop database if exists "${name}" with (force)`)),
  };
}

export interface GqlAnswer {
  status: number;
  ms: number;
  data?: any;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

export async function gql(url: string, query: string, variables: Record<string, unknown> = {}, token?: string, timeoutMs = 60_000): Promise<GqlAnswer> {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = (await response.json()) as Omit<GqlAnswer, 'status' | 'ms'>;
  return { status: response.status, ms: performance.now() - started, data: body.data, errors: body.errors };
}

/** OK, or the first error's code. */
export const outcome = (answer: { errors?: { extensions?: { code?: string } }[] }) => (answer.errors ? String(answer.errors[0].extensions?.code) : 'OK');

export async function signIn(url: string, password: string, email = 'regie@demo.regie'): Promise<string> {
  const answer = await gql(url, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }', { e: email, p: password });
  if (!answer.data?.signIn) throw new Error(`sign-in failed: ${JSON.stringify(answer.errors)}`);
  return answer.data.signIn.token as string;
}

export const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/** Polls `check` every 100 ms until it returns true; resolves with the milliseconds it took, or rejects after `withinMs`. */
export async function waitFor(what: string, check: () => Promise<boolean>, withinMs: number): Promise<number> {
  const started = performance.now();
  for (;;) {
    if (await check().catch(() => false)) return performance.now() - started;
    if (performance.now() - started > withinMs) throw new Error(`${what}: not within ${withinMs} ms`);
    await sleep(100);
  }
}
