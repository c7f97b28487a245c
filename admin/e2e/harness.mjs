// Shared by the browser tests: a real Regie server on a fresh embedded database, the built admin
// it serves, and a headless Chromium. Use `const regie = await startRegie()` in `before` and
// `await regie.stop()` in `after`.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

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

async function waitUntilReady(baseUrl, server, output, timeoutMs = 60_000) {
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

export async function startRegie() {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH`);
  buildIfNeeded();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'regie-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const output = [];
  const server = spawn(process.execPath, [serverMain], {
    cwd: path.join(repoDir, 'server'),
    env: { ...process.env, REGIE_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout.on('data', chunk => output.push(chunk.toString()));
  server.stderr.on('data', chunk => output.push(chunk.toString()));

  let browser;
  const stop = async () => {
    await browser?.close().catch(() => {});
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise(resolve => server.once('exit', resolve));
      server.kill('SIGTERM');
      // A server that does not finish shutting down must not hang the test run.
      const killer = setTimeout(() => server.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(killer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitUntilReady(baseUrl, server, output);
    // Playwright gives every launch a fresh temporary profile (--user-data-dir) and removes it on close.
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    baseUrl,
    /** The server's output so far, for failure messages. */
    output: () => output.join(''),
    /** A page in its own browser context: no local storage (list sort, filters) carried over. */
    async newPage() {
      const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      return page;
    },
    /** A GraphQL request as an integration would send it; throws on GraphQL errors unless `allowErrors`. */
    async graphql(query, variables = {}, { allowErrors = false } = {}) {
      const response = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const result = await response.json();
      if (result.errors && !allowErrors) throw new Error(`GraphQL error: ${JSON.stringify(result.errors)}`);
      return result;
    },
    stop,
  };
}

/** Saves a full-page screenshot as e2e/screenshots/<name>.png. */
export async function screenshot(page, name) {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}
