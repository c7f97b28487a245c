import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SignJWT } from 'jose';
import { GraphQLEnumType, GraphQLInputObjectType, GraphQLList, GraphQLNonNull, GraphQLScalarType, getNamedType, isObjectType, type GraphQLArgument, type GraphQLInputType } from 'graphql';
import { buildRegieSchema } from '../src/schema.js';
import { permissionOf } from '../src/common/auth/guard.js';
import { fingerprint, startTestServer, type TestServer } from './harness.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

/** A value of the right type for a required argument, so that the call reaches the guard. */
function dummy(type: GraphQLInputType): unknown {
  if (type instanceof GraphQLNonNull) return dummy(type.ofType);
  if (type instanceof GraphQLList) return [dummy(type.ofType)];
  if (type instanceof GraphQLEnumType) return type.getValues()[0].value;
  if (type instanceof GraphQLInputObjectType) {
    return Object.fromEntries(Object.values(type.getFields()).filter(f => f.type instanceof GraphQLNonNull).map(f => [f.name, dummy(f.type)]));
  }
  const scalar = (type as GraphQLScalarType).name;
  return { ID: '1', Int: 1, Float: 1, Boolean: true, DateTimeISO: new Date().toISOString() }[scalar] ?? 'x';
}

const typeName = (type: GraphQLInputType): string =>
  type instanceof GraphQLNonNull ? `${typeName(type.ofType)}!` : type instanceof GraphQLList ? `[${typeName(type.ofType)}]` : (type as { name: string }).name;

function operationFor(kind: 'query' | 'mutation', name: string, args: readonly GraphQLArgument[], returnsObject: boolean) {
  const required = args.filter(a => a.type instanceof GraphQLNonNull);
  const vars = required.map(a => `$${a.name}: ${typeName(a.type)}`).join(', ');
  const call = required.map(a => `${a.name}: $${a.name}`).join(', ');
  const query = `${kind}${vars ? `(${vars})` : ''} { ${name}${call ? `(${call})` : ''}${returnsObject ? ' { __typename }' : ''} }`;
  return { query, variables: Object.fromEntries(required.map(a => [a.name, dummy(a.type)])) };
}

describe('deny by default', () => {
  it('every query and mutation declares who may use it', async () => {
    const schema = await buildRegieSchema();
    const fields = [...Object.values(schema.getQueryType()!.getFields()), ...Object.values(schema.getMutationType()!.getFields())];
    expect(fields.filter(f => !permissionOf(f.extensions)).map(f => f.name)).toEqual([]);
  });

  it('no query or mutation answers an anonymous caller (but signIn)', async () => {
    const schema = await buildRegieSchema();
    const answered: string[] = [];
    let walked = 0;
    for (const [kind, root] of [['query', schema.getQueryType()!], ['mutation', schema.getMutationType()!]] as const) {
      for (const field of Object.values(root.getFields())) {
        if (field.name === 'signIn') continue;
        const { query, variables } = operationFor(kind, field.name, field.args, isObjectType(getNamedType(field.type)));
        const result = await t.gql(query, variables, null);
        walked++;
        if (result.data?.[field.name] !== undefined && result.data?.[field.name] !== null) answered.push(field.name);
        else if (result.errors?.[0]?.extensions?.code !== 'UNAUTHENTICATED') answered.push(`${field.name}: ${JSON.stringify(result.errors)}`);
      }
    }
    expect(answered).toEqual([]);
    expect(walked).toBeGreaterThan(15);
  });
});

type Outcome = 'ALLOWED' | 'FORBIDDEN' | 'UNAUTHENTICATED';
type Caller = 'anonymous' | 'regie' | 'leadOfOwner' | 'leadOfOther' | 'viewer' | 'tokenWithScope' | 'tokenWithoutScope' | 'revokedToken' | 'expiredToken' | 'expiredSession';

interface MutationCase {
  name: string;
  /** The scope a token would need; tokens can never do what no scope grants. */
  scope?: string;
  run: (token: string | null) => Promise<{ data?: any; errors?: any[] }>;
  expected: Partial<Record<Caller, Outcome>>;
}

describe('the permission matrix', () => {
  const callers: Record<Caller, string | null> = {} as never;
  let tokenIds: string[] = [];

  beforeAll(async () => {
    const { people } = t.actors;
    callers.anonymous = null;
    callers.regie = people.regie.token;
    callers.leadOfOwner = people.lead.token;
    callers.leadOfOther = people.otherLead.token;
    callers.viewer = people.viewer.token;
    const issue = async (name: string, scopes: string[], expiresAt?: string) => {
      const result = await t.gql('mutation($name: String!, $scopes: [String!]!, $expiresAt: DateTimeISO) { issueApiToken(name: $name, scopes: $scopes, expiresAt: $expiresAt) { secret apiToken { id } } }', { name, scopes, expiresAt });
      expect(result.errors).toBeUndefined();
      tokenIds.push(result.data!.issueApiToken.apiToken.id);
      return result.data!.issueApiToken as { secret: string; apiToken: { id: string } };
    };
    callers.tokenWithScope = (await issue('all scopes', ['read', 'responses:write', 'initiatives:write'])).secret;
    callers.tokenWithoutScope = (await issue('read only', ['read'])).secret;
    const revoked = await issue('revoked', ['read', 'responses:write', 'initiatives:write']);
    await t.gql('mutation($id: ID!) { revokeApiToken(id: $id) { id } }', { id: revoked.apiToken.id });
    callers.revokedToken = revoked.secret;
    const soon = await issue('expiring', ['read', 'responses:write', 'initiatives:write'], new Date(Date.now() + 1500).toISOString());
    callers.expiredToken = soon.secret;
    callers.expiredSession = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(people.regie.id)
      .setIssuer('regie')
      .setAudience('regie-api')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(new TextEncoder().encode(t.jwtSecret));
    await new Promise(resolve => setTimeout(resolve, 1600));
  });

  // The regie team's ground (DESIGN §5): only REGIE; no token scope grants it.
  const regieOnly: Partial<Record<Caller, Outcome>> = {
    anonymous: 'UNAUTHENTICATED', regie: 'ALLOWED', leadOfOwner: 'FORBIDDEN', leadOfOther: 'FORBIDDEN', viewer: 'FORBIDDEN',
    tokenWithScope: 'FORBIDDEN', tokenWithoutScope: 'FORBIDDEN', revokedToken: 'UNAUTHENTICATED', expiredToken: 'UNAUTHENTICATED', expiredSession: 'UNAUTHENTICATED',
  };
  let seq = 0;
  const unique = () => `Z${Date.now().toString(36).slice(-5).toUpperCase()}${seq++}`;
  const departmentId = () => t.actors.departments.home;

  const cases: MutationCase[] = [
    { name: 'createDepartment', expected: regieOnly, run: token => t.gql('mutation($code: String!) { createDepartment(name: "Matrix", code: $code) { id } }', { code: unique() }, token) },
    {
      name: 'updateDepartment', expected: regieOnly,
      run: async token => {
        const current = await t.gql('query($id: ID!) { Department(id: $id) { version } }', { id: departmentId() });
        return t.gql('mutation($id: ID!, $version: Int!, $d: String!) { updateDepartment(id: $id, version: $version, description: $d) { id } }', { id: departmentId(), version: current.data!.Department.version, d: unique() }, token);
      },
    },
    {
      name: 'deleteDepartment', expected: regieOnly,
      run: async token => {
        const created = await t.gql('mutation($code: String!) { createDepartment(name: "Doomed", code: $code) { id } }', { code: unique() });
        return t.gql('mutation($id: ID!) { deleteDepartment(id: $id) { id } }', { id: created.data!.createDepartment.id }, token);
      },
    },
    { name: 'createPerson', expected: regieOnly, run: token => t.gql('mutation($email: String!) { createPerson(name: "Matrix", email: $email, role: VIEWER) { id } }', { email: `${unique()}@test.regie` }, token) },
    {
      name: 'updatePerson', expected: regieOnly,
      run: async token => {
        const id = t.actors.people.viewer.id;
        const current = await t.gql('query($id: ID!) { Person(id: $id) { version } }', { id });
        return t.gql('mutation($id: ID!, $version: Int!, $name: String!) { updatePerson(id: $id, version: $version, name: $name) { id } }', { id, version: current.data!.Person.version, name: `Viewer ${unique()}` }, token);
      },
    },
    {
      name: 'deletePerson', expected: regieOnly,
      run: async token => {
        const created = await t.gql('mutation($email: String!) { createPerson(name: "Doomed", email: $email, role: VIEWER) { id } }', { email: `${unique()}@test.regie` });
        return t.gql('mutation($id: ID!) { deletePerson(id: $id) { id } }', { id: created.data!.createPerson.id }, token);
      },
    },
    {
      name: 'issueApiToken', expected: regieOnly,
      run: token => t.gql('mutation { issueApiToken(name: "matrix", scopes: ["read"]) { secret } }', {}, token),
    },
    {
      name: 'revokeApiToken', expected: regieOnly,
      run: async token => {
        const issued = await t.gql('mutation { issueApiToken(name: "to revoke", scopes: ["read"]) { apiToken { id } } }');
        return t.gql('mutation($id: ID!) { revokeApiToken(id: $id) { id } }', { id: issued.data!.issueApiToken.apiToken.id }, token);
      },
    },
    {
      // A person's own password: any signed-in person, never a token.
      name: 'changeMyPassword',
      expected: {
        anonymous: 'UNAUTHENTICATED', regie: 'ALLOWED', leadOfOwner: 'ALLOWED', leadOfOther: 'ALLOWED', viewer: 'ALLOWED',
        tokenWithScope: 'FORBIDDEN', tokenWithoutScope: 'FORBIDDEN', revokedToken: 'UNAUTHENTICATED', expiredToken: 'UNAUTHENTICATED', expiredSession: 'UNAUTHENTICATED',
      },
      run: token => t.gql('mutation($p: String!) { changeMyPassword(currentPassword: $p, newPassword: $p) { id } }', { p: t.actors.password }, token),
    },
  ];

  const outcome = (result: { data?: any; errors?: any[] }): Outcome | string =>
    result.errors?.length ? result.errors[0].extensions?.code : 'ALLOWED';

  for (const mutation of cases) {
    describe(mutation.name, () => {
      for (const [caller, expected] of Object.entries(mutation.expected) as [Caller, Outcome][]) {
        it(`${caller}: ${expected}${expected === 'ALLOWED' ? '' : ', changing nothing'}`, async () => {
          // Set-up steps (as regie) happen inside run(); the fingerprint is taken right before the call under test.
          let before = '';
          const original = t.gql;
          t.gql = (async (query: string, variables?: Record<string, unknown>, token?: string | null) => {
            if (token !== undefined) before = await fingerprint(t.db);
            return original(query, variables, token);
          }) as typeof t.gql;
          let result;
          try {
            result = await mutation.run(callers[caller]);
          } finally {
            t.gql = original;
          }
          expect(outcome(result)).toBe(expected);
          if (expected !== 'ALLOWED') expect(await fingerprint(t.db)).toBe(before);
        });
      }
    });
  }

  it('covers every mutation of the schema', async () => {
    const schema = await buildRegieSchema();
    const covered = new Set([...cases.map(c => c.name), 'signIn']);
    expect(Object.keys(schema.getMutationType()!.getFields()).filter(name => !covered.has(name))).toEqual([]);
  });

  it('reads: every role and a token with the read scope; not a token without it', async () => {
    const query = '{ allDepartments { id } }';
    for (const caller of ['regie', 'leadOfOwner', 'viewer', 'tokenWithScope'] as const) {
      expect(outcome(await t.gql(query, {}, callers[caller]))).toBe('ALLOWED');
    }
    const writeOnly = await t.gql('mutation { issueApiToken(name: "writer", scopes: ["responses:write"]) { secret } }');
    expect(outcome(await t.gql(query, {}, writeOnly.data!.issueApiToken.secret))).toBe('FORBIDDEN');
    expect(outcome(await t.gql(query, {}, null))).toBe('UNAUTHENTICATED');
    expect(outcome(await t.gql(query, {}, 'not-a-token'))).toBe('UNAUTHENTICATED');
    void tokenIds;
  });
});
