// `npm run e2e`: one Regie server for every browser test file (starting one takes seconds),
// then `node --test` on the files given, or on all of e2e/*.test.mjs. Each test file creates its
// own, uniquely named data. Usage: node e2e/run.mjs [files…]
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { getIntrospectionQuery } from 'graphql';
import { ACCOUNTS, DEMO_PASSWORD, startServer } from './harness.mjs';

const files = process.argv.slice(2);
const tests = files.length > 0 ? files : readdirSync(import.meta.dirname).filter(file => file.endsWith('.test.mjs')).map(file => path.join(import.meta.dirname, file));

const started = performance.now();
const server = await startServer();
console.log(`e2e: server ready at ${server.baseUrl} in ${((performance.now() - started) / 1000).toFixed(1)}s`);
await warmUp(server.baseUrl);

let code = 1;
try {
  const child = spawn(process.execPath, ['--test', ...tests], { stdio: 'inherit', env: { ...process.env, REGIE_E2E_URL: server.baseUrl } });
  code = await new Promise(resolve => child.once('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0))));
  if (code !== 0) console.error(`e2e: the server's output:\n${server.output()}`);
} finally {
  await server.stop();
}
process.exit(code);

/**
 * The first requests to a fresh server (and its database connections) are the slowest; the first
 * test should not pay for them inside its timeouts. Signs in and asks what the admin asks first.
 */
async function warmUp(baseUrl) {
  const post = async (query, token) => {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    });
    return response.json();
  };
  await fetch(`${baseUrl}/`);
  const signedIn = await post(`mutation { signIn(email: "${ACCOUNTS.regie}", password: "${DEMO_PASSWORD}") { token } }`);
  const token = signedIn.data.signIn.token;
  await post(getIntrospectionQuery(), token);
  for (const list of ['allInitiatives', 'allApiTokens', 'allDepartments', 'allJourneys', 'allPeople']) await post(`{ ${list} { id } }`, token);
}
