import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SignJWT, UnsecuredJWT } from 'jose';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { onlyError, startTestServer, type TestServer } from './harness.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

const SIGN_IN = 'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { token expiresAt person { id email role } } }';

describe('signing in', () => {
  it('returns a session token that identifies the person', async () => {
    const result = await t.gql(SIGN_IN, { email: 'REGIE@test.regie ', password: t.actors.password }, null);
    expect(result.errors).toBeUndefined();
    const { token, person, expiresAt } = result.data!.signIn;
    expect(person).toEqual({ id: t.actors.people.regie.id, email: 'regie@test.regie', role: 'REGIE' });
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(50 * 60_000);
    const me = await t.gql('{ me { id email role department { code } } }', {}, token);
    expect(me.data!.me).toEqual({ id: t.actors.people.regie.id, email: 'regie@test.regie', role: 'REGIE', department: null });
    const lead = await t.gql('{ me { departmentId department { code } } }', {}, t.actors.people.lead.token);
    expect(lead.data!.me).toEqual({ departmentId: t.actors.departments.home, department: { code: 'HOME' } });
  });

  it('fails the same way for a wrong email and a wrong password', async () => {
    const wrongEmail = onlyError(await t.gql(SIGN_IN, { email: 'nobody@test.regie', password: t.actors.password }, null));
    const wrongPassword = onlyError(await t.gql(SIGN_IN, { email: 'viewer@test.regie', password: 'not the password' }, null));
    expect(wrongEmail).toEqual(wrongPassword);
    expect(wrongEmail).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Wrong email or password' });
  });

  it('refuses an inactive account, and its open session', async () => {
    const created = await t.gql('mutation($p: String!) { createPerson(name: "Leaver", email: "leaver@test.regie", role: VIEWER, password: $p) { id version } }', { p: t.actors.password });
    const session = await t.gql(SIGN_IN, { email: 'leaver@test.regie', password: t.actors.password }, null);
    const token = session.data!.signIn.token;
    expect((await t.gql('{ me { email } }', {}, token)).data!.me.email).toBe('leaver@test.regie');
    const { id, version } = created.data!.createPerson;
    await t.gql('mutation($id: ID!, $version: Int!) { updatePerson(id: $id, version: $version, active: false) { id } }', { id, version });
    expect(onlyError(await t.gql(SIGN_IN, { email: 'leaver@test.regie', password: t.actors.password }, null)).code).toBe('UNAUTHENTICATED');
    expect(onlyError(await t.gql('{ me { email } }', {}, token)).code).toBe('UNAUTHENTICATED');
  });

  it('slows down repeated failures for one email', async () => {
    const attempt = (password: string) => t.gql(SIGN_IN, { email: 'lead@test.regie', password }, null);
    for (let i = 0; i < 5; i++) expect(onlyError(await attempt(`guess ${i}`)).message).toBe('Wrong email or password');
    // Now even the right password waits (1 s after the fifth failure; see sign-in.test.ts).
    const limited = onlyError(await attempt(t.actors.password));
    expect(limited.code).toBe('UNAUTHENTICATED');
    expect(limited.message).toMatch(/Too many failed sign-ins/);
    expect(limited.extensions.retryAfterSeconds).toBeGreaterThan(0);
    // Other accounts are unaffected.
    expect((await t.gql(SIGN_IN, { email: 'viewer@test.regie', password: t.actors.password }, null)).errors).toBeUndefined();
  });

  it('never exposes a password or its hash', async () => {
    const schema = await readFile(path.resolve(import.meta.dirname, '../../schema.graphql'), 'utf8');
    expect(schema).not.toMatch(/passwordHash|secretHash/);
    const people = await t.gql('{ allPeople { id } }');
    expect(JSON.stringify(people)).not.toMatch(/scrypt/);
  });

  it('changes one\'s own password after checking the current one', async () => {
    await t.gql('mutation($p: String!) { createPerson(name: "Changer", email: "changer@test.regie", role: VIEWER, password: $p) { id } }', { p: t.actors.password });
    const token = (await t.gql(SIGN_IN, { email: 'changer@test.regie', password: t.actors.password }, null)).data!.signIn.token;
    const wrong = onlyError(await t.gql('mutation { changeMyPassword(currentPassword: "nope", newPassword: "a brand new password") { id } }', {}, token));
    expect(wrong).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const short = onlyError(await t.gql('mutation($p: String!) { changeMyPassword(currentPassword: $p, newPassword: "short") { id } }', { p: t.actors.password }, token));
    expect(short).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    const changed = await t.gql('mutation($p: String!) { changeMyPassword(currentPassword: $p, newPassword: "a brand new password") { id } }', { p: t.actors.password }, token);
    expect(changed.errors).toBeUndefined();
    expect(onlyError(await t.gql(SIGN_IN, { email: 'changer@test.regie', password: t.actors.password }, null)).code).toBe('UNAUTHENTICATED');
    expect((await t.gql(SIGN_IN, { email: 'changer@test.regie', password: 'a brand new password' }, null)).errors).toBeUndefined();
  });
});

describe('session tokens', () => {
  const key = () => new TextEncoder().encode(t.jwtSecret);
  const base = () => new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(t.actors.people.regie.id).setIssuedAt().setExpirationTime('5m');

  it.each([
    ['an expired token', async () => base().setIssuer('regie').setAudience('regie-api').setExpirationTime(Math.floor(Date.now() / 1000) - 10).sign(key()), /expired/],
    ['another issuer', async () => base().setIssuer('someone-else').setAudience('regie-api').sign(key()), /Invalid credentials/],
    ['another audience', async () => base().setIssuer('regie').setAudience('other-api').sign(key()), /Invalid credentials/],
    ['another secret', async () => base().setIssuer('regie').setAudience('regie-api').sign(new TextEncoder().encode('y'.repeat(64))), /Invalid credentials/],
    ['another algorithm', async () => new SignJWT({}).setProtectedHeader({ alg: 'HS512' }).setSubject(t.actors.people.regie.id).setIssuer('regie').setAudience('regie-api').setExpirationTime('5m').sign(key()), /Invalid credentials/],
    ['no signature (alg none)', async () => new UnsecuredJWT({}).setSubject(t.actors.people.regie.id).setIssuer('regie').setAudience('regie-api').setExpirationTime('5m').encode(), /Invalid credentials/],
  ])('refuses %s', async (_label, make, message) => {
    const error = onlyError(await t.gql('{ allDepartments { id } }', {}, await make()));
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.message).toMatch(message);
  });

  it('accepts a well-formed token', async () => {
    const token = await base().setIssuer('regie').setAudience('regie-api').sign(key());
    expect((await t.gql('{ me { id } }', {}, token)).data!.me.id).toBe(t.actors.people.regie.id);
  });

  it('refuses a malformed Authorization header', async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Basic dXNlcjpwYXNz' },
      body: JSON.stringify({ query: '{ allDepartments { id } }' }),
    });
    const body = (await response.json()) as { errors: { extensions: { code: string }; message: string }[] };
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(body.errors[0].message).toMatch(/Bearer/);
  });
});

describe('API tokens', () => {
  const ISSUE = 'mutation($name: String!, $scopes: [String!]!, $departmentId: ID, $expiresAt: DateTimeISO) { issueApiToken(name: $name, scopes: $scopes, departmentId: $departmentId, expiresAt: $expiresAt) { secret apiToken { id name scopes prefix departmentId department { code } createdBy { email } lastUsedAt revokedAt } } }';

  it('shows the secret once, stores it hashed, and records its last use', async () => {
    const issued = await t.gql(ISSUE, { name: 'BI export', scopes: ['read'], departmentId: t.actors.departments.home });
    expect(issued.errors).toBeUndefined();
    const { secret, apiToken } = issued.data!.issueApiToken;
    expect(secret).toMatch(/^rgt_\d+_[A-Za-z0-9_-]{43}$/);
    expect(apiToken).toMatchObject({ name: 'BI export', scopes: ['read'], departmentId: t.actors.departments.home, department: { code: 'HOME' }, createdBy: { email: 'regie@test.regie' }, lastUsedAt: null, revokedAt: null });
    expect(secret.startsWith(apiToken.prefix)).toBe(true);

    const rows = await t.db.orm.em.getConnection().execute<{ secret_hash: string }[]>('select secret_hash from api_token where id = ?', [Number(apiToken.id)]);
    expect(rows[0].secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0].secret_hash).not.toContain(secret.split('_')[2]);

    const read = await t.gql('{ allDepartments { code } }', {}, secret);
    expect(read.errors).toBeUndefined();
    const listed = await t.gql('query($id: ID!) { ApiToken(id: $id) { lastUsedAt } allApiTokens { id prefix } }', { id: apiToken.id });
    expect(Date.parse(listed.data!.ApiToken.lastUsedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(JSON.stringify(listed.data)).not.toContain(secret);
  });

  it('is refused once revoked', async () => {
    const { secret, apiToken } = (await t.gql(ISSUE, { name: 'to revoke', scopes: ['read'] })).data!.issueApiToken;
    expect((await t.gql('{ allDepartments { id } }', {}, secret)).errors).toBeUndefined();
    const revoked = await t.gql('mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }', { id: apiToken.id });
    expect(revoked.data!.revokeApiToken.revokedAt).not.toBeNull();
    const refused = onlyError(await t.gql('{ allDepartments { id } }', {}, secret));
    expect(refused).toMatchObject({ code: 'UNAUTHENTICATED', message: 'This API token has been revoked' });
    expect(onlyError(await t.gql('mutation($id: ID!) { revokeApiToken(id: $id) { id } }', { id: apiToken.id })).field).toBe('id');
  });

  it('refuses a forged secret for a real token id', async () => {
    const { apiToken } = (await t.gql(ISSUE, { name: 'forged', scopes: ['read'] })).data!.issueApiToken;
    const forged = `rgt_${apiToken.id}_${'A'.repeat(43)}`;
    expect(onlyError(await t.gql('{ allDepartments { id } }', {}, forged)).code).toBe('UNAUTHENTICATED');
  });

  it.each([
    [{ name: 'x', scopes: [] }, 'scopes'],
    [{ name: 'x', scopes: ['admin'] }, 'scopes'],
    [{ name: 'x', scopes: ['read', 'read'] }, 'scopes'],
    [{ name: '', scopes: ['read'] }, 'name'],
    [{ name: 'x', scopes: ['read'], expiresAt: '2001-01-01T00:00:00Z' }, 'expiresAt'],
    [{ name: 'x', scopes: ['read'], departmentId: '999999' }, 'departmentId'],
  ])('refuses %j naming the field', async (input, field) => {
    const error = onlyError(await t.gql(ISSUE, input));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('lists tokens with filters', async () => {
    const all = await t.gql('{ _allApiTokensMeta { count } }');
    const revoked = await t.gql('{ allApiTokens(filter: { revoked: true }) { revokedAt } _allApiTokensMeta(filter: { revoked: true }) { count } }');
    const active = await t.gql('{ _allApiTokensMeta(filter: { revoked: false }) { count } }');
    expect(revoked.data!.allApiTokens.every((tk: { revokedAt: string | null }) => tk.revokedAt !== null)).toBe(true);
    expect(revoked.data!._allApiTokensMeta.count + active.data!._allApiTokensMeta.count).toBe(all.data!._allApiTokensMeta.count);
    const byName = await t.gql('{ allApiTokens(filter: { q: "bi exp" }) { name } }');
    expect(byName.data!.allApiTokens).toEqual([{ name: 'BI export' }]);
  });
});

describe('people', () => {
  it.each([['name'], ['email'], ['role'], ['active']])('refuses null for %s in an update, naming the field', async field => {
    const id = t.actors.people.viewer.id;
    const { version } = (await t.gql('query($id: ID!) { Person(id: $id) { version } }', { id })).data!.Person;
    const types: Record<string, string> = { name: 'String', email: 'String', role: 'Role', active: 'Boolean' };
    const error = onlyError(await t.gql(`mutation($id: ID!, $version: Int!, $v: ${types[field]}) { updatePerson(id: $id, version: $version, ${field}: $v) { id } }`, { id, version, v: null }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});
