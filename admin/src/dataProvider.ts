import { ApolloClient, ApolloLink, gql, HttpLink, InMemoryCache, type DocumentNode } from '@apollo/client';
import buildGraphQLProvider from 'ra-data-graphql-simple';
import type { CreateParams, CreateResult, DataProvider, RaRecord, UpdateParams } from 'react-admin';
import { toHttpError, withServerErrors } from './errors';
import { DECISION_FIELDS } from './decisions/fields';
import { INITIATIVE_FIELDS, INITIATIVE_LIST_FIELDS } from './initiatives/fields';
import { REALISED_IMPACT } from './initiatives/queries';
import type { RealisedStageImpact } from './initiatives/realised';
import type { NpsSummaryArgs, NpsSummaryRow } from './nps/types';
import { PLAN_QUARTER } from './plan/queries';
import type { DepartmentPlan } from './plan/types';
import { ROADMAP } from './roadmap/queries';
import type { RoadmapArgs, RoadmapEntry } from './roadmap/types';
import { SCORING_MODEL_FIELDS } from './scoring/fields';
import { PREVIEW_SCORING_MODEL, SCORE_PREVIEW, UPDATE_SCORING_MODEL } from './scoring/queries';
import type { ModelPreviewRow, ScoreBreakdown, ScorePreviewInputs, ScoringModelRecord, ScoringModelValues } from './scoring/types';
import { SILO_REPORT } from './silo/queries';
import type { SiloReport } from './silo/types';
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

/** A query outside ra-data-graphql-simple's conventions, read afresh (react-admin's query cache keeps it). */
async function query<T>(document: DocumentNode, variables: Record<string, unknown>): Promise<T> {
  try {
    const { data } = await apolloClient.query<T>({ query: document, variables, fetchPolicy: 'no-cache' });
    return data;
  } catch (error) {
    throw toHttpError(error);
  }
}

const NPS_SUMMARY = gql`
  query npsSummary($groupBy: NpsGroupBy!, $journeyId: ID, $stageId: ID, $channelId: ID, $segmentId: ID, $from: String, $to: String) {
    npsSummary(groupBy: $groupBy, journeyId: $journeyId, stageId: $stageId, channelId: $channelId, segmentId: $segmentId, from: $from, to: $to) {
      key label responses promoters passives detractors nps marginOfError intervalLow intervalHigh insufficient target gap
    }
  }
`;

const API_TOKEN_FIELDS = 'id name scopes prefix departmentId expiresAt revokedAt lastUsedAt createdAt createdById';

// What a governance mutation changes; the page reloads the rest (the new decision) after it.
const GOVERNED_FIELDS = 'id status version pinnedRank pinReason completedAt updatedAt';

const TRANSITION_INITIATIVE = gql`
  mutation transitionInitiative($id: ID!, $to: InitiativeStatus!, $reason: String, $version: Int!) {
    transitionInitiative(id: $id, to: $to, reason: $reason, version: $version) { ${GOVERNED_FIELDS} }
  }
`;

const PIN_RANK = gql`
  mutation pinRank($id: ID!, $rank: Int!, $reason: String!, $version: Int!) {
    pinRank(id: $id, rank: $rank, reason: $reason, version: $version) { ${GOVERNED_FIELDS} }
  }
`;

const UNPIN_RANK = gql`
  mutation unpinRank($id: ID!, $reason: String!, $version: Int!) {
    unpinRank(id: $id, reason: $reason, version: $version) { ${GOVERNED_FIELDS} }
  }
`;

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

/** The proposed model as previewScoringModel and updateScoringModel take it: each level as a LevelValueInput. */
const modelVariables = ({ levels, gapWeight, minResponses, windowDays, commercialWeight }: ScoringModelValues) => ({
  levels: levels.map(({ level, value }) => ({ level, value })),
  gapWeight,
  minResponses,
  windowDays,
  commercialWeight,
});

/** A new scoring-model version (updateScoringModel) from the form's values and why; it is active at once. */
async function newScoringModelVersion({ reason, ...values }: ScoringModelValues & { reason: string }): Promise<CreateResult<ScoringModelRecord>> {
  const { updateScoringModel } = await mutate<{ updateScoringModel: ScoringModelRecord }>(UPDATE_SCORING_MODEL, { ...modelVariables(values), reason });
  return { data: updateScoringModel };
}

const isRecordCopy = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date) && 'id' in value;

/**
 * The copies of references a record was read with (`department: { id }`, `department.id`,
 * `contributingDepartments: [{ id }]`): ra-data-graphql-simple would send `department.id` as
 * `departmentId` and `contributingDepartments` as `contributingDepartmentIds`, over the ids the form chose.
 */
const isNestedReference = ([key, value]: [string, unknown]) =>
  key.includes('.') || isRecordCopy(value) || (Array.isArray(value) && value.some(isRecordCopy));

/**
 * Lists of input objects, sent with the input type's fields only: an impact read as
 * `{ id, stageId, level, levelValue, rationale, stage { … } }` goes as a StageImpactInput.
 */
const INPUT_LISTS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  Initiative: { impacts: ['stageId', 'level', 'rationale'] },
  Department: { capacities: ['quarter', 'personWeeks'] },
};

const pick = (item: unknown, fields: readonly string[]) =>
  Object.fromEntries(fields.map(field => [field, (item as Record<string, unknown>)[field] ?? null]));

function asInput(resource: string, [key, value]: [string, unknown]): [string, unknown] {
  const fields = INPUT_LISTS[resource]?.[key];
  return fields && Array.isArray(value) ? [key, value.map(item => pick(item, fields))] : [key, value];
}

function withoutNestedReferences<P extends { data: object }>(resource: string, params: P): P {
  const entries = Object.entries(params.data).map(entry => asInput(resource, entry));
  return { ...params, data: Object.fromEntries(entries.filter(entry => !isNestedReference(entry))) };
}

/** ra-data-graphql-simple's `meta.sparseFields`: field names, and `{ reference: [its fields] }`. */
export type SparseFields = readonly (string | { readonly [field: string]: SparseFields })[];

/**
 * The fields read per resource, where ra-data-graphql-simple's default (every scalar, `{ id }` of
 * each reference, every nested list) asks too much or too little: `list` for getList, getMany,
 * getManyReference and the record delete returns (its nested lists are gone with it), `one` for
 * getOne and the record create and update return. A caller's own `meta.sparseFields` wins.
 */
const FIELDS: Readonly<Record<string, { list?: SparseFields; one?: SparseFields }>> = {
  Initiative: { list: INITIATIVE_LIST_FIELDS, one: INITIATIVE_FIELDS },
  Decision: { list: DECISION_FIELDS, one: DECISION_FIELDS },
  ScoringModel: { list: SCORING_MODEL_FIELDS, one: SCORING_MODEL_FIELDS },
};

const LIST_METHODS: readonly string[] = ['getList', 'getMany', 'getManyReference', 'delete'];

function withFields<P extends { meta?: { sparseFields?: SparseFields } }>(resource: string, method: string, params: P): P {
  const fields = FIELDS[resource]?.[LIST_METHODS.includes(method) ? 'list' : 'one'];
  if (!fields || params.meta?.sparseFields) return params;
  return { ...params, meta: { ...params.meta, sparseFields: fields } };
}

const graphQLProvider = buildGraphQLProvider({ client: apolloClient });

/** The version an initiative was read at travels with every governance step (CONFLICT when stale). */
export interface GovernanceStep {
  id: RaRecord['id'];
  version: number;
  reason?: string | null;
}

export interface RegieDataProvider extends DataProvider {
  revokeApiToken(id: RaRecord['id']): Promise<{ data: RaRecord }>;
  changeMyPassword(currentPassword: string, newPassword: string): Promise<void>;
  transitionInitiative(step: GovernanceStep & { to: string }): Promise<{ data: RaRecord }>;
  pinRank(step: GovernanceStep & { rank: number; reason: string }): Promise<{ data: RaRecord }>;
  unpinRank(step: GovernanceStep & { reason: string }): Promise<{ data: RaRecord }>;
  npsSummary(args: NpsSummaryArgs): Promise<NpsSummaryRow[]>;
  /** A DONE initiative's touched stages, NPS before and after its completion (DESIGN §3). */
  realisedImpact(initiativeId: RaRecord['id']): Promise<RealisedStageImpact[]>;
  roadmap(args: RoadmapArgs): Promise<RoadmapEntry[]>;
  planQuarter(quarter: string): Promise<DepartmentPlan[]>;
  /** Overlaps and uncovered moments, the silo detector (DESIGN §2). */
  siloReport(): Promise<SiloReport>;
  previewScoringModel(values: ScoringModelValues): Promise<ModelPreviewRow[]>;
  scorePreview(inputs: ScorePreviewInputs): Promise<ScoreBreakdown>;
}

const FIELD_METHODS = ['getList', 'getOne', 'getMany', 'getManyReference', 'create', 'update', 'delete'] as const;

/** The data provider's methods with each resource's FIELDS asked for. */
function withResourceFields<T extends DataProvider>(provider: T): T {
  const wrapped: Record<string, unknown> = { ...provider };
  for (const method of FIELD_METHODS) {
    const call = provider[method] as (resource: string, params: object) => Promise<unknown>;
    wrapped[method] = (resource: string, params: object) => call(resource, withFields(resource, method, params));
  }
  return wrapped as T;
}

// Resource names are the GraphQL type names: ra-data-graphql-simple derives the operations
// (allDepartments, updateDepartment, …) from them. API tokens are issued, not created.
export const dataProvider: RegieDataProvider = {
  ...withServerErrors(
    withResourceFields({
      ...graphQLProvider,
      // DataProvider's create is generic in the record type, which no concrete function can be.
      // API tokens are issued and scoring models get a new version, through their own mutations.
      create: ((resource: string, params: CreateParams) =>
        resource === 'ApiToken'
          ? issueApiToken(params.data as ApiTokenInput)
          : resource === 'ScoringModel'
            ? newScoringModelVersion(params.data as ScoringModelValues & { reason: string })
            : graphQLProvider.create(resource, withoutNestedReferences(resource, params))) as DataProvider['create'],
      update: (resource: string, params: UpdateParams) => graphQLProvider.update(resource, withoutNestedReferences(resource, params)),
    }),
  ),
  async revokeApiToken(id) {
    const { revokeApiToken } = await mutate<{ revokeApiToken: RaRecord }>(REVOKE_API_TOKEN, { id });
    return { data: revokeApiToken };
  },
  async changeMyPassword(currentPassword, newPassword) {
    await mutate(CHANGE_MY_PASSWORD, { currentPassword, newPassword });
  },
  async transitionInitiative({ id, to, reason, version }) {
    const { transitionInitiative } = await mutate<{ transitionInitiative: RaRecord }>(TRANSITION_INITIATIVE, { id, to, reason: reason || null, version });
    return { data: transitionInitiative };
  },
  async pinRank({ id, rank, reason, version }) {
    const { pinRank } = await mutate<{ pinRank: RaRecord }>(PIN_RANK, { id, rank, reason, version });
    return { data: pinRank };
  },
  async unpinRank({ id, reason, version }) {
    const { unpinRank } = await mutate<{ unpinRank: RaRecord }>(UNPIN_RANK, { id, reason, version });
    return { data: unpinRank };
  },
  async npsSummary({ groupBy, journeyId, stageId, channelId, segmentId, from, to }) {
    // Absent or empty filters go as null: "not filtered".
    const filters = { journeyId, stageId, channelId, segmentId, from, to };
    const variables = { groupBy, ...Object.fromEntries(Object.entries(filters).map(([name, value]) => [name, value || null])) };
    const { npsSummary } = await query<{ npsSummary: NpsSummaryRow[] }>(NPS_SUMMARY, variables);
    return npsSummary;
  },
  async realisedImpact(initiativeId) {
    const { realisedImpact } = await query<{ realisedImpact: RealisedStageImpact[] }>(REALISED_IMPACT, { initiativeId });
    return realisedImpact;
  },
  async roadmap({ quarter, departmentId, pillar, limit }) {
    const variables = { quarter: quarter || null, departmentId: departmentId || null, pillar: pillar || null, limit: limit ?? null };
    const { roadmap } = await query<{ roadmap: RoadmapEntry[] }>(ROADMAP, variables);
    return roadmap;
  },
  async planQuarter(quarter) {
    const { planQuarter } = await query<{ planQuarter: DepartmentPlan[] }>(PLAN_QUARTER, { quarter });
    return planQuarter;
  },
  siloReport() {
    return query<SiloReport>(SILO_REPORT, {});
  },
  async previewScoringModel(values) {
    const { previewScoringModel } = await query<{ previewScoringModel: ModelPreviewRow[] }>(PREVIEW_SCORING_MODEL, modelVariables(values));
    return previewScoringModel;
  },
  async scorePreview({ impacts, effort, confidence, commercialValue }) {
    const variables = { impacts: impacts.map(({ stageId, level }) => ({ stageId, level })), effort, confidence, commercialValue };
    const { scorePreview } = await query<{ scorePreview: ScoreBreakdown }>(SCORE_PREVIEW, variables);
    return scorePreview;
  },
};
