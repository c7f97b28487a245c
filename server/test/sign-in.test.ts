import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type RegieServer } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openDatabase, type Database } from '../src/database/orm.js';
import { createLogger } from '../src/logger.js';
import { signInKeys } from '../src/modules/auth/rate-limit.js';
import { onlyError, startTestServer, type GqlResult, type TestServer } from './harness.js';

/**
 * Sign-in limits, shared through PostgreSQL: `t` and `proxied` are two servers with their own
 * connection pools on one database; `proxied` trusts the loopback proxy (REGIE_TRUST_PROXY), so a
 * test can speak from any address by sending X-Forwarded-For to it. Every test uses addresses
 * and emails of its own, so the counts of one do not reach another.
 */
let t: TestServer;
let second: Database;
let proxied: { server: RegieServer; url: string };

beforeAll(async () => {
  t = await startTestServer();
  // On PostgreSQL a pool of its own, as a second process would have; PGlite's memory database has one handle.
  const clientUrl = t.db.orm.config.get('clientUrl');
  second = t.db.embedded ? t.db : await openDatabase({ databaseUrl: clientUrl, dataDir: 'memory://', statementTimeoutMs: 30_000 });
  const config = loadConfig({ NODE_ENV: 'test', REGIE_JWT_SECRET: t.jwtSecret, REGIE_TRUST_PROXY: 'loopback' });
  const server = await createServer({ config, db: second, logger: createLogger('error'), jwtSecret: t.jwtSecret });
  proxied = { server, url: await server.listen(0, '127.0.0.1') };
});

afterAll(async () => {
  await proxied.server.stop();
  if (second !== t.db) await second.close();
  await t.close();
});

const SIGN_IN = 'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { token person { email } } }';

async function post(url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GqlResult> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as GqlResult;
  return { status: response.status, data: body.data, errors: body.errors };
}

/** A sign-in through `proxied`, from `address` as the trusted proxy tells it. */
const signInFrom = (address: string, email: string, password: string, headers: Record<string, string> = {}) =>
  post(proxied.url, SIGN_IN, { email, password }, { 'x-forwarded-for': address, ...headers });
/** A sign-in to `url` with nothing but the socket's address. */
const signInAt = (url: string, email: string, password: string, headers: Record<string, string> = {}) => post(url, SIGN_IN, { email, password }, headers);

const outcome = (result: GqlResult) => {
  if (!result.errors) return 'signed in';
  const error = onlyError(result);
  if (error.message === 'Wrong email or password') return 'wrong';
  expect(error.code).toBe('UNAUTHENTICATED');
  expect(error.extensions.retryAfterSeconds).toBeGreaterThanOrEqual(1);
  return /Too many failed sign-ins/.test(error.message) ? 'throttled' : /Too many sign-ins at once/.test(error.message) ? 'busy' : error.message;
};
const tally = (results: GqlResult[]) => results.map(outcome).reduce<Record<string, number>>((counts, o) => ({ ...counts, [o]: (counts[o] ?? 0) + 1 }), {});

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

interface SignInEntry {
  id: string;
  actorType: string;
  actorId: string;
  actorName: string;
  actorEmail: string | null;
  entityId: string;
  action: string;
  changes: { field: string; after: unknown }[];
}
const AUDIT = '{ allAuditEntries(perPage: 1000, filter: { operation: "signIn" }) { id actorType actorId actorName actorEmail entity entityId action changes { field before after } } }';
async function signInEntries(address: string): Promise<SignInEntry[]> {
  const all = (await t.gql<{ allAuditEntries: SignInEntry[] }>(AUDIT)).data!.allAuditEntries;
  return all
    .filter(entry => entry.changes.some(change => change.field === 'address' && change.after === address))
    .sort((a, b) => Number(a.id) - Number(b.id));
}

describe('sign-in limits', () => {
  it('counts a burst of parallel guesses before any password is checked: the five free tries reach the hash, the rest are refused', async () => {
    const regie = t.actors.people.regie.email;
    const started = Date.now();
    const burst = await Promise.all(Array.from({ length: 30 }, (_, i) => signInFrom('198.51.100.1', regie, `guess number ${i}`)));
    const seconds = (Date.now() - started) / 1000;
    const counts = tally(burst);
    // Each 'wrong' answer is a password that was hashed and compared; every other try was refused before.
    // Five go through; a sixth only 1 s after the last failure, a seventh 2 s after that …: a burst
    // that lasts `seconds` (under a second on an idle machine) lets at most 5 + log2(seconds + 1) through.
    expect(counts.wrong).toBeGreaterThanOrEqual(1);
    expect(counts.wrong).toBeLessThanOrEqual(5 + Math.floor(Math.log2(seconds + 1)));
    expect(counts.wrong + (counts.throttled ?? 0) + (counts.busy ?? 0)).toBe(30);
    // What the database counted is what was hashed: tries sent back changed nothing.
    const keys = signInKeys(regie, '198.51.100.1');
    const [pair] = await t.db.orm.em.fork().getConnection().execute<{ level: number }[]>('select level from sign_in_attempt where key_hash = ?', [keys.pair]);
    expect(Math.ceil(pair.level)).toBe(counts.wrong);
    // The trail has one entry per checked password, none for the refusals.
    const entries = await signInEntries('198.51.100.1');
    expect(entries).toHaveLength(counts.wrong);
    expect(entries.every(entry => entry.action === 'REFUSED' && entry.entityId === t.actors.people.regie.id)).toBe(true);

    // The right password waits too, from that address: the wait runs from the last failure, which
    // came after `started`, so after five failures and within a second of it the answer must be a refusal; later (a slow,
    // loaded machine) the wait may be over and the sign-in succeeds.
    const rightAt = Date.now();
    const right = outcome(await signInFrom('198.51.100.1', regie, t.actors.password));
    if (counts.wrong >= 5 && rightAt - started < 900) expect(right).toBe('throttled');
    else expect(['throttled', 'signed in']).toContain(right);
    // … and the regie team signs in from its own address: nobody else's guesses lock the account.
    const own = await signInFrom('198.51.100.2', regie, t.actors.password);
    expect(own.errors).toBeUndefined();
    expect(own.data!.signIn.person.email).toBe(regie);
  });

  it('makes each try after the fifth failure wait longer: 1 s, then 2 s', async () => {
    const viewer = t.actors.people.viewer.email;
    const from = '198.51.100.3';
    for (let i = 0; i < 5; i++) expect(outcome(await signInFrom(from, viewer, `guess ${i}`))).toBe('wrong');
    const first = onlyError(await signInFrom(from, viewer, 'guess 5'));
    expect(first).toMatchObject({ code: 'UNAUTHENTICATED', extensions: { retryAfterSeconds: 1 } });
    await sleep(1100);
    expect(outcome(await signInFrom(from, viewer, 'guess 5'))).toBe('wrong');
    const second = onlyError(await signInFrom(from, viewer, 'guess 6'));
    expect(second.extensions.retryAfterSeconds).toBe(2);
    // Another account from the same address is not slowed down by this one.
    expect(outcome(await signInFrom(from, t.actors.people.otherLead.email, t.actors.password))).toBe('signed in');
  });

  it('limits an address across emails, unknown ones included, and leaves other addresses alone', async () => {
    const from = '198.51.100.4';
    // Four at a time (the hashing slots): thirty tries, each for another email nobody has.
    for (let batch = 0; batch < 30; batch += 4) {
      const tries = Array.from({ length: Math.min(4, 30 - batch) }, (_, i) => signInFrom(from, `nobody${batch + i}@test.regie`, 'a guess'));
      expect((await Promise.all(tries)).map(outcome).every(o => o === 'wrong')).toBe(true);
    }
    expect(outcome(await signInFrom(from, 'somebody-new@test.regie', 'a guess'))).toBe('throttled');
    expect(outcome(await signInFrom(from, t.actors.people.lead.email, t.actors.password))).toBe('throttled');
    expect(outcome(await signInFrom('198.51.100.5', t.actors.people.lead.email, t.actors.password))).toBe('signed in');
  });

  it('is shared by every server on the database', async () => {
    const email = 'shared@test.regie';
    await t.gql('mutation($p: String!) { createPerson(name: "Shared", email: "shared@test.regie", role: VIEWER, password: $p) { id } }', { p: t.actors.password });
    // Both servers see the socket's address (127.0.0.1): guesses alternate between them.
    for (let i = 0; i < 5; i++) expect(outcome(await signInAt(i % 2 === 0 ? t.url : proxied.url, email, `guess ${i}`))).toBe('wrong');
    expect(outcome(await signInAt(t.url, email, t.actors.password))).toBe('throttled');
    expect(outcome(await signInAt(proxied.url, email, t.actors.password))).toBe('throttled');
  });

  it('ignores X-Forwarded-For unless REGIE_TRUST_PROXY names the proxy', async () => {
    const email = 'forwarded@test.regie';
    await t.gql('mutation($p: String!) { createPerson(name: "Forwarded", email: "forwarded@test.regie", role: VIEWER, password: $p) { id } }', { p: t.actors.password });
    // `t` trusts no proxy: a new X-Forwarded-For each time changes nothing, all tries come from the socket.
    for (let i = 0; i < 5; i++) expect(outcome(await signInAt(t.url, email, `guess ${i}`, { 'x-forwarded-for': `203.0.113.${i}` }))).toBe('wrong');
    expect(outcome(await signInAt(t.url, email, t.actors.password, { 'x-forwarded-for': '203.0.113.99' }))).toBe('throttled');
    const untrusted = await signInEntries('203.0.113.0');
    expect(untrusted).toEqual([]);
    // `proxied` trusts the loopback proxy: the forwarded address is the client's.
    expect(outcome(await signInFrom('203.0.113.99', email, t.actors.password))).toBe('signed in');
    const trusted = await signInEntries('203.0.113.99');
    expect(trusted.map(entry => entry.action)).toEqual(['SIGN_IN']);
  });

  it('still counts failures sent with a valid credential (inside the audit transaction)', async () => {
    const viewerToken = { authorization: `Bearer ${t.actors.people.viewer.token}` };
    const from = '198.51.100.6';
    const lead = t.actors.people.lead.email;
    for (let i = 0; i < 5; i++) expect(outcome(await signInFrom(from, lead, `guess ${i}`, viewerToken))).toBe('wrong');
    expect(outcome(await signInFrom(from, lead, t.actors.password, viewerToken))).toBe('throttled');
    expect(await signInEntries(from)).toHaveLength(5);
  });

  it('checks at most four passwords at once; more are asked to come back shortly', async () => {
    // Sixteen people at once, each from an address of their own: no limit applies, only the hashing slots.
    const results = await Promise.all(Array.from({ length: 16 }, (_, i) => signInFrom(`192.0.2.${i + 1}`, t.actors.people.regie.email, t.actors.password)));
    const counts = tally(results);
    expect(counts['signed in']).toBeGreaterThanOrEqual(4);
    expect(counts.busy).toBeGreaterThanOrEqual(1);
    expect(counts['signed in'] + counts.busy).toBe(16);
    // A try sent back was not counted (its address has no row), and left nothing in the trail.
    const busy = results.findIndex(result => outcome(result) === 'busy');
    const keys = signInKeys(t.actors.people.regie.email, `192.0.2.${busy + 1}`);
    const rows = await t.db.orm.em.fork().getConnection().execute('select level from sign_in_attempt where key_hash in (?, ?)', [keys.pair, keys.address]);
    expect(rows).toEqual([]);
    expect(await signInEntries(`192.0.2.${busy + 1}`)).toEqual([]);
  });
});

describe('the audit trail', () => {
  it('records sign-ins and failures with the address, never the password', async () => {
    const from = '198.51.100.7';
    const secretGuess = 'my-secret-guess-1234';
    await signInFrom(from, t.actors.people.lead.email, secretGuess);
    await signInFrom(from, 'Stranger@Test.Regie', secretGuess);
    await signInFrom(from, t.actors.password, secretGuess); // a password typed into the email field
    await signInFrom(from, t.actors.people.lead.email, t.actors.password);
    const entries = (await signInEntries(from)).map(({ id: _id, ...entry }) => entry);
    expect(entries).toEqual([
      { actorType: 'ANONYMOUS', actorId: '0', actorName: 'lead@test.regie', actorEmail: 'lead@test.regie', entity: 'Person', entityId: t.actors.people.lead.id, action: 'REFUSED', changes: [{ field: 'address', before: null, after: from }, { field: 'reason', before: null, after: 'wrong password' }] },
      { actorType: 'ANONYMOUS', actorId: '0', actorName: 'stranger@test.regie', actorEmail: 'stranger@test.regie', entity: 'Person', entityId: '', action: 'REFUSED', changes: [{ field: 'address', before: null, after: from }, { field: 'reason', before: null, after: 'unknown email' }] },
      { actorType: 'ANONYMOUS', actorId: '0', actorName: '(not an email address)', actorEmail: null, entity: 'Person', entityId: '', action: 'REFUSED', changes: [{ field: 'address', before: null, after: from }, { field: 'reason', before: null, after: 'unknown email' }] },
      { actorType: 'PERSON', actorId: t.actors.people.lead.id, actorName: 'Test lead', actorEmail: 'lead@test.regie', entity: 'Person', entityId: t.actors.people.lead.id, action: 'SIGN_IN', changes: [{ field: 'address', before: null, after: from }] },
    ]);
    const table = await t.db.orm.em.fork().getConnection().execute<{ text: string }[]>('select coalesce(string_agg(to_jsonb(a)::text, \'|\'), \'\') as text from audit_entry a');
    expect(table[0].text).not.toContain(secretGuess);
    expect(table[0].text).not.toContain(t.actors.password);
  });
});

describe('sessions', () => {
  const ME = '{ me { email } }';
  const create = async (email: string) => {
    const made = await t.gql('mutation($e: String!, $p: String!) { createPerson(name: "Session holder", email: $e, role: VIEWER, password: $p) { id version } }', { e: email, p: t.actors.password });
    return made.data!.createPerson as { id: string; version: number };
  };
  const signIn = async (email: string, password = t.actors.password) => {
    const result = await signInAt(t.url, email, password);
    expect(result.errors).toBeUndefined();
    return result.data!.signIn.token as string;
  };
  const refusal = async (token: string) => onlyError(await t.gql(ME, {}, token));

  it('end at once when the person changes their password: this one and every other', async () => {
    await create('changer2@test.regie');
    const laptop = await signIn('changer2@test.regie');
    const phone = await signIn('changer2@test.regie');
    const changed = await t.gql('mutation($p: String!) { changeMyPassword(currentPassword: $p, newPassword: "a brand new password") { id } }', { p: t.actors.password }, laptop);
    expect(changed.errors).toBeUndefined();
    for (const token of [laptop, phone]) expect(await refusal(token)).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringMatching(/session has ended/) });
    const fresh = await signIn('changer2@test.regie', 'a brand new password');
    expect((await t.gql(ME, {}, fresh)).data!.me.email).toBe('changer2@test.regie');
    // The same password set again ends nothing: whoever knew it still does.
    const same = await t.gql('mutation { changeMyPassword(currentPassword: "a brand new password", newPassword: "a brand new password") { id } }', {}, fresh);
    expect(same.errors).toBeUndefined();
    expect((await t.gql(ME, {}, fresh)).data!.me.email).toBe('changer2@test.regie');
  });

  it('end at once when the regie team sets a new password, and not for other changes', async () => {
    const { id } = await create('reset@test.regie');
    const token = await signIn('reset@test.regie');
    let version = (await t.gql('query($id: ID!) { Person(id: $id) { version } }', { id })).data!.Person.version;
    version = (await t.gql('mutation($id: ID!, $v: Int!) { updatePerson(id: $id, version: $v, name: "Renamed") { version } }', { id, v: version })).data!.updatePerson.version;
    expect((await t.gql(ME, {}, token)).data!.me.email).toBe('reset@test.regie');
    await t.gql('mutation($id: ID!, $v: Int!) { updatePerson(id: $id, version: $v, password: "set by the regie team") { version } }', { id, v: version });
    expect((await refusal(token)).code).toBe('UNAUTHENTICATED');
  });

  it('stay ended after a deactivation, even once the account is active again', async () => {
    const { id, version } = await create('returning@test.regie');
    const token = await signIn('returning@test.regie');
    const off = await t.gql('mutation($id: ID!, $v: Int!) { updatePerson(id: $id, version: $v, active: false) { version } }', { id, v: version });
    expect((await refusal(token)).code).toBe('UNAUTHENTICATED');
    await t.gql('mutation($id: ID!, $v: Int!) { updatePerson(id: $id, version: $v, active: true) { version } }', { id, v: off.data!.updatePerson.version });
    expect(await refusal(token)).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringMatching(/session has ended/) });
    expect((await t.gql(ME, {}, await signIn('returning@test.regie'))).data!.me.email).toBe('returning@test.regie');
  });
});

describe('on the embedded database', () => {
  let e: TestServer;
  beforeAll(async () => {
    e = await startTestServer({ embedded: true });
  });
  afterAll(() => e.close());

  it('counts tries in its own table the same way', async () => {
    const lead = e.actors.people.lead.email;
    const tries = await Promise.all(Array.from({ length: 8 }, (_, i) => signInAt(e.url, lead, `guess ${i}`)));
    expect(tally(tries)).toEqual({ wrong: 5, throttled: 3 });
    expect(outcome(await signInAt(e.url, lead, e.actors.password))).toBe('throttled');
    expect(outcome(await signInAt(e.url, e.actors.people.viewer.email, e.actors.password))).toBe('signed in');
    // Sent with a valid credential the sign-in joins the request's transaction (one connection): it still answers.
    const withToken = await signInAt(e.url, e.actors.people.viewer.email, e.actors.password, { authorization: `Bearer ${e.actors.people.regie.token}` });
    expect(withToken.errors).toBeUndefined();
  });
});

describe('REGIE_TRUST_PROXY', () => {
  const trust = (value?: string) => loadConfig({ NODE_ENV: 'test', ...(value === undefined ? {} : { REGIE_TRUST_PROXY: value }) }).trustProxy;

  it.each([
    [undefined, false],
    ['', false],
    ['none', false],
    ['false', false],
    ['1', 1],
    ['loopback', ['loopback']],
    ['10.0.0.0/8, 192.168.1.7 ,uniquelocal', ['10.0.0.0/8', '192.168.1.7', 'uniquelocal']],
    ['2001:db8::/32', ['2001:db8::/32']],
  ])('%j trusts %j', (value, expected) => expect(trust(value)).toEqual(expected));

  it.each(['true', '*', '11', '10.0.0.0/33', 'proxy.internal', '10.0.0.1/8/8'])('refuses %j, naming the variable', value => {
    expect(() => trust(value)).toThrow(/REGIE_TRUST_PROXY/);
  });
});
