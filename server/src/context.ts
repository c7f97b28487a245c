import type { SqlEntityManager } from '@mikro-orm/sql';
import type { Actor } from './common/auth/actor.js';
import type { FailureLimiter } from './modules/auth/rate-limit.js';
import type { SessionTokens } from './modules/auth/session.js';

/** App-wide security services, built once at start. */
export interface Security {
  sessions: SessionTokens;
  /** Failed sign-ins per email and per client address. */
  signInFailures: { byEmail: FailureLimiter; byAddress: FailureLimiter };
}

/** Everything a resolver may use for one request. */
export interface Context {
  /** A fresh EntityManager: one unit of work per request, never shared. */
  em: SqlEntityManager;
  /** Who is asking; absent when no valid credential came with the request. */
  actor?: Actor;
  /** Why a credential that came with the request was refused. */
  refusal?: string;
  /** The client's address, for rate limits. */
  address: string;
  security: Security;
  /** The organisation's time zone: NPS days, months and quarters are its calendar periods. */
  timeZone: string;
}
