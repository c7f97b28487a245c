// Shared by the browser tests: a real Regie server on a fresh embedded database, the built admin
// it serves, and a headless Chromium. Use `const regie = await startRegie()` in `before` and
// `await regie.stop()` in `after`. Under `npm run e2e` (run.mjs) every test file uses the one
// server run.mjs started (REGIE_E2E_URL); a file run on its own starts its own.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'node:test';
import { chromium } from 'playwright-core';
import pg from 'pg';

const adminDir = path.resolve(import.meta.dirname, '..');
const repoDir = path.resolve(adminDir, '..');
const serverMain = path.join(repoDir, 'server', 'dist', 'src', 'main.js');
export const screenshotDir = path.join(adminDir, 'e2e', 'screenshots');

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const STOP_TIMEOUT_MS = 20_000;
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The demo accounts of DESIGN §6; on the test server they all sign in with DEMO_PASSWORD. */
export const DEMO_PASSWORD = 'e2e-demo-password';
export const ACCOUNTS = {
  regie: 'regie@demo.regie',
  leadCs: 'lead.cs@demo.regie',
  leadMkt: 'lead.mkt@demo.regie',
  viewer: 'viewer@demo.regie',
};

/** Where the admin keeps its session (src/session.ts): the signIn answer as it is. */
export const SESSION_KEY = 'regie.session';
const SIGN_IN = `mutation ($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { token expiresAt person { id name email role departmentId department { id name code } } }
}`;

function run(args, cwd) {
  execFileSync(process.execPath, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
}

/** Builds what is missing: the server once (tsc), the admin when a source is newer than its build. */
function buildIfNeeded() {
  if (!existsSync(serverMain)) {
    run([path.join(repoDir, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(repoDir, 'server', 'tsconfig.build.json')], repoDir);
  }
  run([path.join(adminDir, 'scripts', 'build-if-needed.mjs')], adminDir);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

// A fresh database is seeded first, twelve months of demo survey responses included: about 45 s
// on a developer's machine, so a minute left too little room on a busy CI machine.
async function waitUntilReady(baseUrl, server, output, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server exited with ${server.exitCode}:\n${output.join('')}`);
    try {
      const response = await fetch(`${baseUrl}/readyz`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise(resolve => setTimeout(resolve, 100));
  }
  throw new Error(`The server was not ready within ${timeoutMs} ms:\n${output.join('')}`);
}

/**
 * With DATABASE_URL (as in CI) the server gets a PostgreSQL database of its own, created here and
 * dropped afterwards, so that the suite never writes into the database the URL names. Without
 * it, the server runs on the embedded database in its temporary data directory.
 */
async function freshDatabase() {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) return { env: {}, drop: async () => {} };
  const name = `regie_test_${process.pid}_e2e`;
  const run = async sql => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`drop database if exists "${name}" with (force)`);
  await run(`create database "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { env: { DATABASE_URL: url.toString() }, drop: () => run(`drop database if exists "${name}" with (force)`) };
}

/** Builds if needed and starts a server on a fresh data directory; `stop` removes it again. */
export async function startServer() {
  buildIfNeeded();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'regie-e2e-'));
  const database = await freshDatabase();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const output = [];
  const server = spawn(process.execPath, [serverMain], {
    cwd: path.join(repoDir, 'server'),
    env: { ...process.env, ...database.env, REGIE_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', DEMO_PASSWORD },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout.on('data', chunk => output.push(chunk.toString()));
  server.stderr.on('data', chunk => output.push(chunk.toString()));

  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise(resolve => server.once('exit', resolve));
      server.kill('SIGTERM');
      // A server that does not finish shutting down must not hang the test run.
      const killer = setTimeout(() => server.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(killer);
    }
    rmSync(dataDir, { recursive: true, force: true });
    await database.drop();
  };

  try {
    await waitUntilReady(baseUrl, server, output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, output: () => output.join(''), stop };
}

export async function startRegie() {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH`);
  const shared = process.env.REGIE_E2E_URL;
  const server = shared ? { baseUrl: shared, output: () => '(see the output of e2e/run.mjs)', stop: async () => {} } : await startServer();
  const { baseUrl } = server;

  let browser;
  const stop = async () => {
    await browser?.close().catch(() => {});
    await server.stop();
  };
  try {
    // Playwright gives every launch a fresh temporary profile (--user-data-dir) and removes it on close.
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  } catch (error) {
    await stop();
    throw error;
  }

  /** A GraphQL request with the given token (none: anonymous); throws on GraphQL errors unless `allowErrors`. */
  async function request(query, variables, { token, allowErrors = false } = {}) {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const result = await response.json();
    if (result.errors && !allowErrors) throw new Error(`GraphQL error: ${JSON.stringify(result.errors)}`);
    return result;
  }

  // One session per account for the whole file (sessions last an hour; a run takes minutes).
  const sessions = new Map();
  function signIn(email, password = DEMO_PASSWORD) {
    if (!sessions.has(email)) {
      const signingIn = request(SIGN_IN, { email, password }).then(result => result.data.signIn);
      signingIn.catch(() => sessions.delete(email));
      sessions.set(email, signingIn);
    }
    return sessions.get(email);
  }

  return {
    baseUrl,
    /** The server's output so far, for failure messages. */
    output: server.output,
    /**
     * A page in its own browser context: no local storage (session, list sort, filters) carried
     * over. With `as` (an email) the admin opens signed in as that account, as if it had signed
     * in through the login page; `session` stores any session object instead.
     */
    async newPage({ as, session } = {}) {
      const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 800 } });
      const stored = session ?? (as ? await signIn(as) : undefined);
      if (stored) {
        await context.addInitScript(
          ([key, value]) => {
            // The first load only: after signing out, a reload must find no session.
            if (sessionStorage.getItem('e2e.session-stored')) return;
            localStorage.setItem(key, value);
            sessionStorage.setItem('e2e.session-stored', '1');
          },
          [SESSION_KEY, JSON.stringify(stored)],
        );
      }
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      return page;
    },
    /** Signs in through the API, once per account; resolves to the signIn answer (token, expiresAt, person). */
    signIn,
    /**
     * A GraphQL request as an integration would send it, signed in as `as` (an email; the regie
     * account by default; null: no token) or with `token`; throws on GraphQL errors unless `allowErrors`.
     */
    async graphql(query, variables = {}, { allowErrors = false, as = ACCOUNTS.regie, token } = {}) {
      const bearer = token ?? (as === null ? undefined : (await signIn(as)).token);
      return request(query, variables, { token: bearer, allowErrors });
    },
    stop,
  };
}

/** Fills in and sends the login form. */
export async function signInThroughForm(page, email, password = DEMO_PASSWORD) {
  await page.goto('/#/login');
  await page.getByLabel('Email').fill(email);
  // By name: "Password" would also match the input's "Show password" button.
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Waits until a notification with this text is fully shown (snackbars fade in). */
export async function waitForNotification(page, text) {
  const alert = page.getByRole('alert').filter({ hasText: text });
  await alert.waitFor();
  // Once seen, a notification that hides again (on a slow machine, before this looks) ends the wait too.
  await alert.evaluate(el => new Promise(resolve => (function check() { !el.isConnected || getComputedStyle(el).opacity === '1' ? resolve() : requestAnimationFrame(check); })()));
}

/** The menu entries of the sidebar, top to bottom. */
export const menuEntries = page => page.locator('.RaMenu-open [role=menuitem], .RaMenu-closed [role=menuitem]').allTextContents();

/** Saves a full-page screenshot as e2e/screenshots/<name>.png. */
export async function screenshot(page, name) {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

/**
 * The per-test page handling every suite shares: a fresh page (signed in as `as`, if given) that
 * records what it threw, and after the test a screenshot named after it and the check that the
 * page threw nothing. Call it in a describe; `current()` is the running test's page.
 */
export function pagePerTest(getRegie, { as } = {}) {
  let page;
  let pageErrors;
  beforeEach(async () => {
    page = await getRegie().newPage({ as });
    pageErrors = [];
    page.on('pageerror', error => pageErrors.push(error.message));
  });
  afterEach(async t => {
    await page.mouse.move(0, 0); // no hover tooltip in the picture
    await screenshot(page, t.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase());
    await page.context().close();
    assert.deepEqual(pageErrors, [], 'the page threw');
  });
  return {
    current: () => page,
    /** Replaces this test's page, e.g. to act as a second person; the new one is screenshotted instead. */
    async replace(options) {
      await page.context().close();
      page = await getRegie().newPage(options);
      page.on('pageerror', error => pageErrors.push(error.message));
      return page;
    },
  };
}
