import { ApolloClient, ApolloLink, gql, HttpLink, InMemoryCache, type DocumentNode } from '@apollo/client';
import buildGraphQLProvider from 'ra-data-graphql-simple';
import type { CreateParams, CreateResult, DataProvider, RaRecord, UpdateParams } from 'react-admin';
import { toHttpError, withServerErrors } from './errors';
import { currentToken } from './session';

/** Every request carries the signed-in person's token; introspection and signIn work without one. */
const withToken = new ApolloLink((operation, forward) => {
  const token = currentToken();
  if (token) operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({ headers: { ...headers, authorization: `Bearer ${token}` } }));
  return forward(operation);
});

// Same origin as the admin: the server serves both, and `npm run dev` proxies /graphql.
export const apolloClient = new ApolloClient({
  link: ApolloLink.from([withToken, new HttpLink({ uri: '/graphql' })]),
  cache: new InMemoryCache(),
});

/** A mutation outside ra-data-graphql-simple's conventions, rejecting the way the data provider does. */
export async function mutate<T>(mutation: DocumentNode, variables: Record<string, unknown>): Promise<T> {
  try {
    const { data } = await apolloClient.mutate<T>({ mutation, variables, fetchPolicy: 'no-cache' });
    return data as T;
  } catch (error) {
    throw toHttpError(error, Object.keys(variables));
  }
}

const API_TOKEN_FIELDS = 'id name scopes prefix departmentId expiresAt revokedAt lastUsedAt createdAt createdById';

const ISSUE_API_TOKEN = gql`
  mutation issueApiToken($name: String!, $scopes: [String!]!, $departmentId: ID, $expiresAt: DateTimeISO) {
    issueApiToken(name: $name, scopes: $scopes, departmentId: $departmentId, expiresAt: $expiresAt) {
      secret
      apiToken { ${API_TOKEN_FIELDS} }
    }
  }
`;

const REVOKE_API_TOKEN = gql`
  mutation revokeApiToken($id: ID!) {
    revokeApiToken(id: $id) { ${API_TOKEN_FIELDS} }
  }
`;

const CHANGE_MY_PASSWORD = gql`
  mutation changeMyPassword($currentPassword: String!, $newPassword: String!) {
    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword) { id }
  }
`;

/** An issued token as create returns it: the record plus its secret, which no later read returns. */
export interface IssuedApiToken extends RaRecord {
  secret: string;
}

interface ApiTokenInput {
  name: string;
  scopes: string[];
  departmentId?: string | null;
  expiresAt?: string | null;
}

async function issueApiToken({ name, scopes, departmentId, expiresAt }: ApiTokenInput): Promise<CreateResult<IssuedApiToken>> {
  const { issueApiToken: issued } = await mutate<{ issueApiToken: { secret: string; apiToken: RaRecord } }>(ISSUE_API_TOKEN, {
    name,
    scopes,
    departmentId: departmentId ?? null,
    expiresAt: expiresAt ?? null,
  });
  return { data: { ...issued.apiToken, secret: issued.secret } };
}

/**
 * The copies of references a record was read with (`department: { id }`, `department.id`):
 * ra-data-graphql-simple would send `department.id` as `departmentId`, over the id the form chose.
 */
const isNestedReference = ([key, value]: [string, unknown]) =>
  key.includes('.') || (typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date) && 'id' in value);

function withoutNestedReferences<P extends { data: object }>(params: P): P {
  return { ...params, data: Object.fromEntries(Object.entries(params.data).filter(entry => !isNestedReference(entry))) };
}

const graphQLProvider = buildGraphQLProvider({ client: apolloClient });

export interface RegieDataProvider extends DataProvider {
  revokeApiToken(id: RaRecord['id']): Promise<{ data: RaRecord }>;
  changeMyPassword(currentPassword: string, newPassword: string): Promise<void>;
}

// Resource names are the GraphQL type names: ra-data-graphql-simple derives the operations
// (allDepartments, updateDepartment, …) from them. API tokens are issued, not created.
export const dataProvider: RegieDataProvider = {
  ...withServerErrors({
    ...graphQLProvider,
    // DataProvider's create is generic in the record type, which no concrete function can be.
    create: ((resource: string, params: CreateParams) =>
      resource === 'ApiToken' ? issueApiToken(params.data as ApiTokenInput) : graphQLProvider.create(resource, withoutNestedReferences(params))) as DataProvider['create'],
    update: (resource: string, params: UpdateParams) => graphQLProvider.update(resource, withoutNestedReferences(params)),
  }),
  async revokeApiToken(id) {
    const { revokeApiToken } = await mutate<{ revokeApiToken: RaRecord }>(REVOKE_API_TOKEN, { id });
    return { data: revokeApiToken };
  },
  async changeMyPassword(currentPassword, newPassword) {
    await mutate(CHANGE_MY_PASSWORD, { currentPassword, newPassword });
  },
};
