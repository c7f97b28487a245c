import type { SqlEntityManager } from '@mikro-orm/sql';

/** Everything a resolver may use for one request. */
export interface Context {
  /** A fresh EntityManager: one unit of work per request, never shared. */
  em: SqlEntityManager;
}
