import type { SqlEntityManager } from '@mikro-orm/sql';
import type { Actor } from './common/auth/actor.js';
import type { SignInLimiter, Slots } from './modules/auth/rate-limit.js';
import type { SessionTokens } from './modules/auth/session.js';

/** App-wide security services, built once at start. */
export interface Security {
  sessions: SessionTokens;
  /** Sign-in tries per (email, address) and per address, counted in the database before a password is checked. */
  signIns: SignInLimiter;
  /** Passwords hashed at once (scrypt: a thread and 32 MiB each); a sign-in finding none free is told to come back. */
  hashing: Slots;
}

/** Everything a resolver may use for one request. */
export interface Context {
  /** A fresh EntityManager: one unit of work per request, never shared. */
  em: SqlEntityManager;
  /** Who is asking; absent when no valid credential came with the request. */
  actor?: Actor;
  /** Why a credential that came with the request was refused. */
  refusal?: string;
  /** The client's address, for rate limits: the socket's, or what a trusted proxy says (REGIE_TRUST_PROXY). */
  address: string;
  security: Security;
  /** The organisation's time zone: NPS days, months and quarters are its calendar periods. */
  timeZone: string;
}
