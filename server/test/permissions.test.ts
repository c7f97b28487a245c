import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SignJWT } from 'jose';
import { GraphQLEnumType, GraphQLInputObjectType, GraphQLList, GraphQLNonNull, GraphQLScalarType, getNamedType, isObjectType, type GraphQLArgument, type GraphQLInputType } from 'graphql';
import { buildRegieSchema } from '../src/schema.js';
import { permissionOf } from '../src/common/auth/guard.js';
import { MATURITY_QUESTIONNAIRE } from '../src/modules/maturity/maturity.questionnaire.js';
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
    // Bound to HOME, the department of the matrix's initiatives (a token with initiatives:write must be bound).
    const issue = async (name: string, scopes: string[], expiresAt?: string) => {
      const result = await t.gql('mutation($name: String!, $scopes: [String!]!, $d: ID, $expiresAt: DateTimeISO) { issueApiToken(name: $name, scopes: $scopes, departmentId: $d, expiresAt: $expiresAt) { secret apiToken { id } } }', { name, scopes, d: departmentId(), expiresAt });
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
  const initiativeWriters: Partial<Record<Caller, Outcome>> = { ...regieOnly, leadOfOwner: 'ALLOWED', tokenWithScope: 'ALLOWED' };
  /** KPIs and maturity assessments: the regie team any department; a lead their own; no token. */
  const kpiWriters: Partial<Record<Caller, Outcome>> = { ...regieOnly, leadOfOwner: 'ALLOWED' };
  const INITIATIVE_ARGS = 'title: "Matrix", departmentId: $d, pillar: OMNICHANNEL, effort: 2, confidence: 0.5';
  /** A fresh initiative of HOME (the lead's department), made by the regie person, in `status`. */
  const matrixInitiative = async (status?: 'UNDER_REVIEW') => {
    const created = await t.gql(`mutation($d: ID!) { createInitiative(${INITIATIVE_ARGS}) { id version } }`, { d: departmentId() });
    const { id, version } = created.data!.createInitiative as { id: string; version: number };
    if (!status) return { id, version };
    const moved = await t.gql('mutation($id: ID!, $version: Int!) { transitionInitiative(id: $id, to: UNDER_REVIEW, version: $version) { version } }', { id, version });
    return { id, version: moved.data!.transitionInitiative.version as number };
  };
  /** A fresh KPI of HOME, made by the regie person; and a measurement of one. */
  const matrixKpi = async (): Promise<string> =>
    (await t.gql('mutation($d: ID!) { createKpi(name: "Matrix", unit: "%", direction: HIGHER_IS_BETTER, departmentId: $d) { id } }', { d: departmentId() })).data!.createKpi.id;
  const matrixMeasurement = async (): Promise<string> =>
    (await t.gql('mutation($id: ID!) { createKpiMeasurement(kpiId: $id, period: "2026-10", value: 70) { id } }', { id: await matrixKpi() })).data!.createKpiMeasurement.id;
  let seq = 0;
  const unique = () => `Z${Date.now().toString(36).slice(-5).toUpperCase()}${seq++}`;
  const departmentId = () => t.actors.departments.home;
  let journeyForResponses: string | undefined;
  const matrixJourney = async () => {
    journeyForResponses ??= (await t.gql('mutation { createJourney(name: "Matrix responses") { id } }')).data!.createJourney.id as string;
    return journeyForResponses;
  };
  const matrixResponse = (journeyId: string) => ({ source: 'matrix', externalId: unique(), score: 8, journeyId, respondedAt: '2026-11-01T12:00:00Z' });

  const CREATE_ASSESSMENT = 'mutation($d: ID!, $answers: [MaturityAnswerInput!]!) { createMaturityAssessment(departmentId: $d, assessedAt: "2026-01-15", answers: $answers) { id } }';
  /** Every statement of the questionnaire, scored 3. */
  const matrixAnswers = () => MATURITY_QUESTIONNAIRE.map(statement => ({ statement: statement.key, score: 3 }));

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
    { name: 'createChannel', expected: regieOnly, run: token => t.gql('mutation($name: String!) { createChannel(name: $name) { id } }', { name: unique() }, token) },
    {
      name: 'updateChannel', expected: regieOnly,
      run: async token => {
        const created = await t.gql('mutation($name: String!) { createChannel(name: $name) { id version } }', { name: unique() });
        const { id, version } = created.data!.createChannel;
        return t.gql('mutation($id: ID!, $version: Int!, $d: String!) { updateChannel(id: $id, version: $version, description: $d) { id } }', { id, version, d: unique() }, token);
      },
    },
    {
      name: 'deleteChannel', expected: regieOnly,
      run: async token => {
        const created = await t.gql('mutation($name: String!) { createChannel(name: $name) { id } }', { name: unique() });
        return t.gql('mutation($id: ID!) { deleteChannel(id: $id) { id } }', { id: created.data!.createChannel.id }, token);
      },
    },
    { name: 'createSegment', expected: regieOnly, run: token => t.gql('mutation($name: String!) { createSegment(name: $name, share: 0.5) { id } }', { name: unique() }, token) },
    {
      name: 'updateSegment', expected: regieOnly,
      run: async token => {
        const created = await t.gql('mutation($name: String!) { createSegment(name: $name) { id version } }', { name: unique() });
        const { id, version } = created.data!.createSegment;
        return t.gql('mutation($id: ID!, $version: Int!) { updateSegment(id: $id, version: $version, share: 0.25) { id } }', { id, version }, token);
      },
    },
    {
      name: 'deleteSegment', expected: regieOnly,
      run: async token => {
        const created = await t.gql('mutation($name: String!) { createSegment(name: $name) { id } }', { name: unique() });
        return t.gql('mutation($id: ID!) { deleteSegment(id: $id) { id } }', { id: created.data!.createSegment.id }, token);
      },
    },
    { name: 'createJourney', expected: regieOnly, run: token => t.gql('mutation($name: String!) { createJourney(name: $name, targetNps: 20) { id } }', { name: unique() }, token) },
    {
      name: 'updateJourney', expected: regieOnly,
      run: async token => {
        const created = await t.gql('mutation($name: String!) { createJourney(name: $name) { id version } }', { name: unique() });
        const { id, version } = created.data!.createJourney;
        return t.gql('mutation($id: ID!, $version: Int!) { updateJourney(id: $id, version: $version, targetNps: 40) { id } }', { id, version }, token);
      },
    },
    {
      name: 'deleteJourney', expected: regieOnly,
      run: async token => {
        const created = await t.gql('mutation($name: String!) { createJourney(name: $name) { id } }', { name: unique() });
        return t.gql('mutation($id: ID!) { deleteJourney(id: $id) { id } }', { id: created.data!.createJourney.id }, token);
      },
    },
    {
      name: 'createJourneyStage', expected: regieOnly,
      run: async token => {
        const journey = await t.gql('mutation($name: String!) { createJourney(name: $name) { id } }', { name: unique() });
        return t.gql('mutation($journeyId: ID!) { createJourneyStage(journeyId: $journeyId, name: "Matrix", importance: 3, reach: 0.5) { id } }', { journeyId: journey.data!.createJourney.id }, token);
      },
    },
    {
      name: 'updateJourneyStage', expected: regieOnly,
      run: async token => {
        const journey = await t.gql('mutation($name: String!) { createJourney(name: $name) { id } }', { name: unique() });
        const stage = await t.gql('mutation($journeyId: ID!) { createJourneyStage(journeyId: $journeyId, name: "Matrix", importance: 3, reach: 0.5) { id version } }', { journeyId: journey.data!.createJourney.id });
        const { id, version } = stage.data!.createJourneyStage;
        return t.gql('mutation($id: ID!, $version: Int!) { updateJourneyStage(id: $id, version: $version, importance: 5) { id } }', { id, version }, token);
      },
    },
    {
      name: 'deleteJourneyStage', expected: regieOnly,
      run: async token => {
        const journey = await t.gql('mutation($name: String!) { createJourney(name: $name) { id } }', { name: unique() });
        const stage = await t.gql('mutation($journeyId: ID!) { createJourneyStage(journeyId: $journeyId, name: "Matrix", importance: 3, reach: 0.5) { id } }', { journeyId: journey.data!.createJourney.id });
        return t.gql('mutation($id: ID!) { deleteJourneyStage(id: $id) { id } }', { id: stage.data!.createJourneyStage.id }, token);
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
    // Initiatives (DESIGN §5): the regie team any; a lead their own department's (HOME here); a
    // token with initiatives:write its department's (this one is bound to HOME); never a viewer.
    { name: 'createInitiative', expected: initiativeWriters, run: token => t.gql(`mutation($d: ID!) { createInitiative(${INITIATIVE_ARGS}) { id } }`, { d: departmentId() }, token) },
    {
      name: 'updateInitiative', expected: initiativeWriters,
      run: async token => {
        const { id, version } = await matrixInitiative();
        return t.gql('mutation($id: ID!, $version: Int!) { updateInitiative(id: $id, version: $version, effort: 3) { id } }', { id, version }, token);
      },
    },
    {
      name: 'deleteInitiative', expected: initiativeWriters,
      run: async token => {
        const { id } = await matrixInitiative();
        return t.gql('mutation($id: ID!) { deleteInitiative(id: $id) { id } }', { id }, token);
      },
    },
    {
      // Submitting: the regie team or the lead of the department; no token ever transitions.
      name: 'transitionInitiative',
      expected: { ...regieOnly, leadOfOwner: 'ALLOWED' },
      run: async token => {
        const { id, version } = await matrixInitiative();
        return t.gql('mutation($id: ID!, $version: Int!) { transitionInitiative(id: $id, to: UNDER_REVIEW, version: $version) { id } }', { id, version }, token);
      },
    },
    {
      // Approving (past UNDER_REVIEW): the regie team only, not even the department's lead.
      name: 'transitionInitiative (approve)',
      expected: regieOnly,
      run: async token => {
        const { id, version } = await matrixInitiative('UNDER_REVIEW');
        return t.gql('mutation($id: ID!, $version: Int!) { transitionInitiative(id: $id, to: APPROVED, reason: "matrix", version: $version) { id } }', { id, version }, token);
      },
    },
    {
      name: 'pinRank', expected: regieOnly,
      run: async token => {
        // Only an open candidate can be pinned, one per rank: a fresh rank each time.
        const { id, version } = await matrixInitiative('UNDER_REVIEW');
        return t.gql('mutation($id: ID!, $version: Int!, $rank: Int!) { pinRank(id: $id, rank: $rank, reason: "matrix", version: $version) { id } }', { id, version, rank: 100 + seq++ }, token);
      },
    },
    {
      name: 'unpinRank', expected: regieOnly,
      run: async token => {
        const { id, version } = await matrixInitiative('UNDER_REVIEW');
        const pinned = await t.gql('mutation($id: ID!, $version: Int!, $rank: Int!) { pinRank(id: $id, rank: $rank, reason: "set-up", version: $version) { version } }', { id, version, rank: 100 + seq++ });
        return t.gql('mutation($id: ID!, $version: Int!) { unpinRank(id: $id, reason: "matrix", version: $version) { id } }', { id, version: pinned.data!.pinRank.version }, token);
      },
    },
    // The scoring model: the regie team's.
    {
      name: 'updateScoringModel', expected: regieOnly,
      run: token => t.gql('mutation { updateScoringModel(gapWeight: 1, reason: "matrix") { version } }', {}, token),
    },
    // KPIs and their measurements (DESIGN §5): the regie team any; a lead their own department's
    // (HOME here, kpis:write); never a viewer, and no token scope grants it.
    { name: 'createKpi', expected: kpiWriters, run: token => t.gql('mutation($d: ID!) { createKpi(name: "Matrix", unit: "%", direction: HIGHER_IS_BETTER, departmentId: $d) { id } }', { d: departmentId() }, token) },
    {
      name: 'updateKpi', expected: kpiWriters,
      run: async token => t.gql('mutation($id: ID!) { updateKpi(id: $id, version: 1, target: 80) { id } }', { id: await matrixKpi() }, token),
    },
    {
      name: 'deleteKpi', expected: kpiWriters,
      run: async token => t.gql('mutation($id: ID!) { deleteKpi(id: $id) { id } }', { id: await matrixKpi() }, token),
    },
    {
      name: 'createKpiMeasurement', expected: kpiWriters,
      run: async token => t.gql('mutation($id: ID!) { createKpiMeasurement(kpiId: $id, period: "2026-11", value: 71.5) { id } }', { id: await matrixKpi() }, token),
    },
    {
      name: 'updateKpiMeasurement', expected: kpiWriters,
      run: async token => t.gql('mutation($id: ID!) { updateKpiMeasurement(id: $id, version: 1, value: 72) { id } }', { id: await matrixMeasurement() }, token),
    },
    {
      name: 'deleteKpiMeasurement', expected: kpiWriters,
      run: async token => t.gql('mutation($id: ID!) { deleteKpiMeasurement(id: $id) { id } }', { id: await matrixMeasurement() }, token),
    },
    // Maturity assessments (DESIGN §5): the regie team any department, a lead their own
    // (a self-assessment, HOME here); deleting a mistaken one is the regie team's alone.
    { name: 'createMaturityAssessment', expected: kpiWriters, run: token => t.gql(CREATE_ASSESSMENT, { d: departmentId(), answers: matrixAnswers() }, token) },
    {
      name: 'deleteMaturityAssessment', expected: regieOnly,
      run: async token => {
        const created = await t.gql(CREATE_ASSESSMENT, { d: departmentId(), answers: matrixAnswers() });
        return t.gql('mutation($id: ID!) { deleteMaturityAssessment(id: $id) { id } }', { id: created.data!.createMaturityAssessment.id }, token);
      },
    },
    {
      // DESIGN §5: the regie team and tokens with responses:write; leads and viewers do not.
      name: 'recordSurveyResponses', expected: { ...regieOnly, tokenWithScope: 'ALLOWED' },
      run: async token => t.gql('mutation($r: [SurveyResponseInput!]!) { recordSurveyResponses(responses: $r) { created } }', { r: [matrixResponse(await matrixJourney())] }, token),
    },
    {
      // Erasure is the regie team's alone; no scope grants it.
      name: 'deleteSurveyResponse', expected: regieOnly,
      run: async token => {
        const response = matrixResponse(await matrixJourney());
        await t.gql('mutation($r: [SurveyResponseInput!]!) { recordSurveyResponses(responses: $r) { created } }', { r: [response] });
        return t.gql('mutation($s: String!, $e: String!) { deleteSurveyResponse(source: $s, externalId: $e) { id } }', { s: response.source, e: response.externalId }, token);
      },
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
