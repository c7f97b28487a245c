import type { ApolloServerPlugin } from '@apollo/server';
import type { Request, Response } from 'express';
import { Kind, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Context } from './context.js';
import type { Database } from './database/orm.js';

/** Distinct operation labels kept; later newcomers count as "other" so a client cannot grow the series without end. */
const MAX_OPERATION_LABELS = 100;
const META_FIELDS = new Set(['__schema', '__type', '__typename']);
const ERROR_CODE = /^[A-Z][A-Z0-9_]{0,49}$/;

/** What `pg`'s Pool reports about its connections. */
interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

const isPool = (client: unknown): client is PoolCounts =>
  typeof client === 'object' && client !== null && typeof (client as PoolCounts).totalCount === 'number';

export interface Metrics {
  /** Counts and times every GraphQL operation, and counts its errors per code. */
  readonly plugin: ApolloServerPlugin<Context>;
  /** GET /metrics, in Prometheus's text format. */
  serve(req: Request, res: Response): Promise<void>;
}

/**
 * Prometheus metrics of one server: its own registry (two servers in one process, as in tests,
 * do not collide), Node's default metrics (event-loop lag, memory, CPU), GraphQL operations and
 * the database's connections.
 */
export function createMetrics(db: Database): Metrics {
  const register = new Registry();
  collectDefaultMetrics({ register });

  const requests = new Counter({
    name: 'regie_graphql_requests_total',
    help: 'GraphQL requests, by operation (its root fields, or "other")',
    labelNames: ['operation'],
    registers: [register],
  });
  const duration = new Histogram({
    name: 'regie_graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL request to sending its response, by operation',
    labelNames: ['operation'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [register],
  });
  const errors = new Counter({
    name: 'regie_graphql_errors_total',
    help: 'Errors in GraphQL responses, by extensions.code',
    labelNames: ['code'],
    registers: [register],
  });
  new Gauge({
    name: 'regie_db_pool_connections',
    help: 'PostgreSQL pool connections, total and idle (not reported for the embedded database)',
    labelNames: ['state'],
    registers: [register],
    async collect() {
      if (db.embedded) return;
      const pool = await db.orm.em.getConnection().getNativeClient().catch(() => undefined);
      if (!isPool(pool)) return;
      this.set({ state: 'total' }, pool.totalCount);
      this.set({ state: 'idle' }, pool.idleCount);
    },
  });
  new Gauge({
    name: 'regie_db_waiting',
    help: 'Requests waiting for a database connection (on the embedded database: for their turn at it)',
    registers: [register],
    async collect() {
      if (db.gate) return this.set(db.gate.waiting);
      const pool = await db.orm.em.getConnection().getNativeClient().catch(() => undefined);
      if (isPool(pool)) this.set(pool.waitingCount);
    },
  });

  const seen = new Set<string>();
  const operationLabel = (schema: GraphQLSchema, operation?: OperationDefinitionNode): string => {
    const root = operation && schema.getRootType(operation.operation);
    if (!operation || !root) return 'other';
    const known = root.getFields();
    const names = new Set<string>();
    for (const selection of operation.selectionSet.selections) {
      if (selection.kind !== Kind.FIELD) return 'other';
      const name = selection.name.value;
      if (!(name in known) && !META_FIELDS.has(name)) return 'other';
      names.add(name);
    }
    const label = [...names].sort().join(',');
    if (!seen.has(label)) {
      if (seen.size >= MAX_OPERATION_LABELS) return 'other';
      seen.add(label);
    }
    return label;
  };

  const plugin: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ schema, operation, response }) {
          const label = operationLabel(schema, operation);
          requests.inc({ operation: label });
          duration.observe({ operation: label }, (performance.now() - started) / 1000);
          const sent = response.body.kind === 'single' ? response.body.singleResult.errors : response.body.initialResult.errors;
          for (const error of sent ?? []) {
            const code = error.extensions?.code;
            errors.inc({ code: typeof code === 'string' && ERROR_CODE.test(code) ? code : 'other' });
          }
        },
      };
    },
  };

  return {
    plugin,
    async serve(_req, res) {
      res.type(register.contentType).send(await register.metrics());
    },
  };
}
