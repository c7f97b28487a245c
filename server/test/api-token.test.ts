import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { ApiToken } from '../src/modules/api-token/api-token.entity.js';
import { sha256 } from '../src/modules/auth/authenticate.js';
import { Person } from '../src/modules/person/person.entity.js';
import { createInitiative, quickInitiative, updateInitiative } from './initiative-fixtures.js';
import { fingerprint, onlyError, startTestServer, type TestServer } from './harness.js';
import { expectSorted, type SortKind } from './sort-order.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

const ISSUE = `mutation($name: String!, $scopes: [String!]!, $departmentId: ID, $expiresAt: DateTimeISO) {
  issueApiToken(name: $name, scopes: $scopes, departmentId: $departmentId, expiresAt: $expiresAt) { secret apiToken { id scopes departmentId } } }`;

describe('a token with initiatives:write names its department (DESIGN §1)', () => {
  it.each([
    ['alone, without departmentId', { scopes: ['initiatives:write'] }],
    ['with read, departmentId null', { scopes: ['read', 'initiatives:write'], departmentId: null }],
    ['with every scope', { scopes: ['read', 'responses:write', 'initiatives:write'] }],
  ])('is refused %s as BAD_USER_INPUT on departmentId, changing nothing', async (_case, input) => {
    const before = await fingerprint(t.db);
    const error = onlyError(await t.gql(ISSUE, { name: 'planning tool', ...input }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'departmentId' });
    expect(error.message).toBe("A token with initiatives:write acts for one department only: give that department's departmentId");
    expect(await fingerprint(t.db)).toBe(before);
  });

  it('is issued bound to the department it names; read and responses:write need none', async () => {
    const bound = await t.gql(ISSUE, { name: 'planning tool', scopes: ['read', 'initiatives:write'], departmentId: t.actors.departments.home });
    expect(bound.errors).toBeUndefined();
    expect(bound.data!.issueApiToken.apiToken).toMatchObject({ scopes: ['read', 'initiatives:write'], departmentId: t.actors.departments.home });
    const unbound = await t.gql(ISSUE, { name: 'survey tool', scopes: ['read', 'responses:write'] });
    expect(unbound.errors).toBeUndefined();
    expect(unbound.data!.issueApiToken.apiToken.departmentId).toBeNull();
  });

  describe('an unbound one issued before the rule', () => {
    let secret: string;
    beforeAll(async () => {
      // Written past the API, which no longer issues such a token.
      const random = randomBytes(32).toString('base64url');
      const em = t.db.fork();
      const token = em.create(ApiToken, {
        name: 'old planning tool',
        scopes: ['read', 'initiatives:write'],
        department: null,
        createdBy: em.getReference(Person, Number(t.actors.people.regie.id)),
        prefix: 'rgt_old',
        secretHash: sha256(random),
      } as never);
      await em.flush();
      secret = `rgt_${token.id}_${random}`;
    });

    it('writes initiatives for no department: FORBIDDEN, saying why, and nothing changes', async () => {
      const existing = await quickInitiative(t, t.actors.departments.away);
      const before = await fingerprint(t.db);
      for (const departmentId of [t.actors.departments.home, t.actors.departments.away]) {
        const refused = onlyError(await createInitiative(t, { title: 'Anywhere', departmentId, pillar: 'OMNICHANNEL', effort: 1, confidence: 1 }, secret, 'id'));
        expect(refused.code).toBe('FORBIDDEN');
        expect(refused.message).toBe('API token "old planning tool" is bound to no department, so it may not use initiatives:write; issue a token bound to the department it acts for');
      }
      expect(onlyError(await updateInitiative(t, { id: existing.id, version: existing.version, effort: 2 }, secret, 'id')).code).toBe('FORBIDDEN');
      expect(onlyError(await t.gql('mutation($id: ID!) { deleteInitiative(id: $id) { id } }', { id: existing.id }, secret)).code).toBe('FORBIDDEN');
      expect(await fingerprint(t.db)).toBe(before);
    });

    it('still reads', async () => {
      const read = await t.gql('{ allInitiatives { id } }', {}, secret);
      expect(read.errors).toBeUndefined();
    });
  });
});

describe('the list of tokens', () => {
  beforeAll(async () => {
    // Tokens that differ on every field: departments, issuers, expiry, revocation and last use.
    const other = await t.gql('mutation { createPerson(name: "Second issuer", email: "second.issuer@test.regie", role: REGIE) { id } }');
    const otherToken = await t.sessions.sign(Number(other.data!.createPerson.id));
    const issue = async (name: string, scopes: string[], extra: Record<string, unknown> = {}, as?: string) => {
      const issued = await t.gql(ISSUE, { name, scopes, ...extra }, as);
      expect(issued.errors).toBeUndefined();
      return issued.data!.issueApiToken as { secret: string; apiToken: { id: string } };
    };
    const inAYear = new Date(Date.now() + 365 * 86_400_000).toISOString();
    const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString();
    await issue('Zeta export', ['read'], { departmentId: t.actors.departments.away, expiresAt: inAYear }, otherToken);
    const used = await issue('alpha sync', ['responses:write'], {}, otherToken);
    await t.gql('{ allDepartments { id } }', {}, used.secret);
    const revoked = await issue('Beta tool', ['initiatives:write', 'read'], { departmentId: t.actors.departments.home, expiresAt: inAMonth });
    await t.gql('mutation($id: ID!) { revokeApiToken(id: $id) { id } }', { id: revoked.apiToken.id });
    await issue('beta tool', ['read', 'responses:write']);
  });

  const SORTABLE: Record<string, SortKind> = {
    id: 'id', name: 'text', scopes: 'texts', departmentId: 'id', createdById: 'id', prefix: 'text',
    expiresAt: 'time', revokedAt: 'time', lastUsedAt: 'time', version: 'number', createdAt: 'time', updatedAt: 'time',
  };

  it.each(Object.entries(SORTABLE))('sorts by %s both ways, ties by id', (field, kind) => expectSorted(t, 'allApiTokens', field, kind));

  it('refuses to sort by the secret hash', async () => {
    expect(onlyError(await t.gql('{ allApiTokens(sortField: "secretHash") { id } }'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sortField' });
  });
});
