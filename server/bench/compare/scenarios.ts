/**
 * The scenarios of issue 10, as the request each server is sent: Regie and the floor get the same
 * GraphQL body (the floor reads only its variables, at a path per scenario); PostGraphile gets the
 * equivalent query in its own (amber preset) names, with the same nesting and order. Scenarios 5
 * and 6 (issue 8: journey impact scores over 10,000 initiatives and 1,000,000 survey responses)
 * have no PostGraphile equivalent: Regie and the floor only.
 */

export type Target = 'regie' | 'postgraphile' | 'floor';
export const TARGETS: readonly Target[] = ['regie', 'postgraphile', 'floor'];

export type ScenarioKey = 'initiatives' | 'journeys' | 'initiative' | 'mixed' | 'roadmap' | 'ranked';

/** The scenarios of issue 8: scored reads, beside the floor only. */
export type ScoredKey = 'roadmap' | 'ranked';
export const SCORED: readonly ScoredKey[] = ['roadmap', 'ranked'];
export const isScored = (key: ScenarioKey): key is ScoredKey => (SCORED as readonly ScenarioKey[]).includes(key);

/** Issue 8's goals for scenarios 5 and 6, beside the floor. */
export const SCORED_GOAL = { throughputRatio: 0.5, p99Ms: 60, atConnections: 10 } as const;

/** What one request of a scenario sends, per target: the path and the GraphQL document. */
interface Operation {
  path: string;
  query: string;
}

export interface Scenario {
  key: ScenarioKey;
  title: string;
  targets: readonly Target[];
}

export const PER_PAGE = 50;

export const SCENARIOS: readonly Scenario[] = [
  { key: 'initiatives', title: '1. allInitiatives(perPage: 50), nested', targets: TARGETS },
  { key: 'journeys', title: '2. allJourneys with stages and channels', targets: TARGETS },
  { key: 'initiative', title: "3. one initiative's page with decisions", targets: TARGETS },
  { key: 'mixed', title: '4. mixed: 90% scenario 1, 10% updateInitiative', targets: ['regie', 'floor'] },
  { key: 'roadmap', title: '5. roadmap(limit: 50) with score breakdowns (1M responses)', targets: ['regie', 'floor'] },
  { key: 'ranked', title: '6. allInitiatives(perPage: 50) by priorityScore DESC (1M responses)', targets: ['regie', 'floor'] },
];

const REGIE_INITIATIVES = `query Initiatives($perPage: Int!) {
  allInitiatives(perPage: $perPage) {
    id title status pillar effort confidence version
    department { id name code }
    owner { id name }
    contributingDepartments { id code }
    impacts { id level stage { id name position journey { id name } } }
  }
}`;

const POSTGRAPHILE_INITIATIVES = `query Initiatives($perPage: Int!) {
  allInitiatives(first: $perPage, orderBy: PRIMARY_KEY_ASC) {
    nodes {
      rowId title status pillar effort confidence version
      departmentByDepartmentId { rowId name code }
      personByOwnerId { rowId name }
      initiativeContributorsByInitiativeId { nodes { departmentByDepartmentId { rowId code } } }
      stageImpactsByInitiativeId { nodes { rowId level journeyStageByStageId { rowId name position journeyByJourneyId { rowId name } } } }
    }
  }
}`;

const REGIE_JOURNEYS = `query Journeys {
  allJourneys {
    id name targetNps
    stages { id name position importance reach channels { id name } }
  }
}`;

const POSTGRAPHILE_JOURNEYS = `query Journeys {
  allJourneys(orderBy: PRIMARY_KEY_ASC) {
    nodes {
      rowId name targetNps
      journeyStagesByJourneyId(orderBy: POSITION_ASC) {
        nodes { rowId name position importance reach journeyStageChannelsByJourneyStageId { nodes { channelByChannelId { rowId name } } } }
      }
    }
  }
}`;

const REGIE_INITIATIVE = `query InitiativePage($id: ID!) {
  Initiative(id: $id) {
    id title description status pillar effort confidence commercialValue targetQuarter pinnedRank version createdAt updatedAt
    department { id name code }
    owner { id name }
    contributingDepartments { id name code }
    impacts { id level rationale stage { id name position importance reach journey { id name } } }
    decisions { id action fromValue toValue reason actorName at }
  }
}`;

const POSTGRAPHILE_INITIATIVE = `query InitiativePage($id: Int!) {
  initiativeByRowId(rowId: $id) {
    rowId title description status pillar effort confidence commercialValue targetQuarter pinnedRank version createdAt updatedAt
    departmentByDepartmentId { rowId name code }
    personByOwnerId { rowId name }
    initiativeContributorsByInitiativeId { nodes { departmentByDepartmentId { rowId name code } } }
    stageImpactsByInitiativeId { nodes { rowId level rationale journeyStageByStageId { rowId name position importance reach journeyByJourneyId { rowId name } } } }
    decisionsByInitiativeId(orderBy: [AT_DESC, PRIMARY_KEY_DESC]) { nodes { rowId action fromValue toValue reason actorName at } }
  }
}`;

export const UPDATE_INITIATIVE = `mutation EditInitiative($id: ID!, $version: Int!, $title: String!, $effort: Float!) {
  updateInitiative(id: $id, version: $version, title: $title, effort: $effort) { id version title effort }
}`;

/** Scenario 5: the roadmap's first 50 ranks, each with its score breakdown. */
export const ROADMAP = `query Roadmap($limit: Int!) {
  roadmap(limit: $limit) {
    rank pinned priorityScore journeyImpact
    initiative {
      id title department { name }
      scoreBreakdown { journeyImpact businessFactor modelVersion terms { stageId level gapFactor gapReason contribution } }
    }
  }
}`;

/** Scenario 6: the first page of all initiatives, highest priority score first. */
export const RANKED = `query Ranked($perPage: Int!) {
  allInitiatives(perPage: $perPage, sortField: "priorityScore", sortOrder: "DESC") {
    id title priorityScore journeyImpact department { name }
  }
}`;

export type ReadKey = Exclude<ScenarioKey, 'mixed'>;
/** The reads with all three servers (scenarios 1–3). */
export const READS: readonly ReadKey[] = ['initiatives', 'journeys', 'initiative'];

const OPERATIONS: Record<ReadKey, Partial<Record<Target, Operation>>> = {
  initiatives: {
    regie: { path: '/graphql', query: REGIE_INITIATIVES },
    postgraphile: { path: '/graphql', query: POSTGRAPHILE_INITIATIVES },
    floor: { path: '/floor/initiatives', query: REGIE_INITIATIVES },
  },
  journeys: {
    regie: { path: '/graphql', query: REGIE_JOURNEYS },
    postgraphile: { path: '/graphql', query: POSTGRAPHILE_JOURNEYS },
    floor: { path: '/floor/journeys', query: REGIE_JOURNEYS },
  },
  initiative: {
    regie: { path: '/graphql', query: REGIE_INITIATIVE },
    postgraphile: { path: '/graphql', query: POSTGRAPHILE_INITIATIVE },
    floor: { path: '/floor/initiative', query: REGIE_INITIATIVE },
  },
  roadmap: {
    regie: { path: '/graphql', query: ROADMAP },
    floor: { path: '/floor/roadmap', query: ROADMAP },
  },
  ranked: {
    regie: { path: '/graphql', query: RANKED },
    floor: { path: '/floor/ranked', query: RANKED },
  },
};

const body = (operation: Operation, variables: Record<string, unknown>) => JSON.stringify({ query: operation.query, variables });

/** A request as sent: its path and JSON body. */
export interface Sent {
  path: string;
  body: string;
}

function variablesOf(key: ReadKey, target: Target, id: number, size: number): Record<string, unknown> {
  switch (key) {
    case 'initiatives':
    case 'ranked':
      return { perPage: size };
    case 'roadmap':
      return { limit: size };
    case 'initiative':
      return { id: target === 'postgraphile' ? id : String(id) };
    case 'journeys':
      return {};
  }
}

/** A read of scenario `key`; scenario 3 asks for initiative `id`; pages and the roadmap have `size` rows (PER_PAGE). */
export function readRequest(key: ReadKey, target: Target, id = 4242, size = PER_PAGE): Sent {
  const operation = OPERATIONS[key][target];
  if (!operation) throw new Error(`Scenario ${key} has no ${target} baseline`);
  return { path: operation.path, body: body(operation, variablesOf(key, target, id, size)) };
}

/** The mixed run's write: the `n`th edit, of initiative `id` at `version`. */
export function updateRequest(target: Target, edit: { id: number; version: number; n: number }): Sent {
  if (target === 'postgraphile') throw new Error('The mixed run has no PostGraphile baseline');
  const operation = { path: target === 'floor' ? '/floor/update' : '/graphql', query: UPDATE_INITIATIVE };
  return {
    path: operation.path,
    body: body(operation, { id: String(edit.id), version: edit.version, title: `Initiative ${edit.id}, edited (${edit.n})`, effort: 1 + (edit.n % 13) }),
  };
}
