import { createHash, timingSafeEqual } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/sql';
import type { Actor } from '../../common/auth/actor.js';
import type { Security } from '../../context.js';
import { ApiToken } from '../api-token/api-token.entity.js';
import { Person } from '../person/person.entity.js';

/** API token secrets look like `rgt_<id>_<43 random characters>`; session tokens are JWTs. */
export const API_TOKEN_PATTERN = /^rgt_(\d{1,12})_([A-Za-z0-9_-]{43})$/;
export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const LAST_USED_RESOLUTION_MS = 60_000;

export interface Authentication {
  actor?: Actor;
  refusal?: string;
}

/** Reads `Authorization: Bearer …`; never throws, so that signIn works with a stale header. */
export async function authenticate(header: string | undefined, em: SqlEntityManager, security: Security): Promise<Authentication> {
  if (!header) return {};
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) return { refusal: 'The Authorization header must be "Bearer <token>"' };
  const credential = match[1];
  const apiToken = API_TOKEN_PATTERN.exec(credential);
  return apiToken ? fromApiToken(Number(apiToken[1]), apiToken[2], em) : fromSession(credential, em, security);
}

async function fromSession(token: string, em: SqlEntityManager, security: Security): Promise<Authentication> {
  let session: { personId: number; sessionVersion: number };
  try {
    session = await security.sessions.verify(token);
  } catch (error) {
    return { refusal: (error as Error).message };
  }
  const person = await em.findOne(Person, { id: session.personId });
  if (!person?.active) return { refusal: 'This account is no longer active' };
  if (person.sessionVersion !== session.sessionVersion) return { refusal: 'Your session has ended (the password was changed or the account deactivated); sign in again' };
  return {
    actor: { kind: 'person', id: person.id, name: person.name, email: person.email, role: person.role, departmentId: person.department?.id ?? null },
  };
}

async function fromApiToken(id: number, secret: string, em: SqlEntityManager): Promise<Authentication> {
  const token = await em.findOne(ApiToken, { id });
  const given = Buffer.from(sha256(secret));
  if (!token || !timingSafeEqual(given, Buffer.from(token.secretHash))) return { refusal: 'Unknown API token' };
  if (token.revokedAt) return { refusal: 'This API token has been revoked' };
  if (token.expiresAt && token.expiresAt.getTime() <= Date.now()) return { refusal: 'This API token has expired' };
  const now = new Date();
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    // Bookkeeping, not a change anyone made: a direct update that leaves the version, the
    // updated time and the audit trail alone.
    await em.getConnection().execute('update api_token set last_used_at = ? where id = ?', [now, id]);
  }
  return { actor: { kind: 'token', id: token.id, name: token.name, scopes: token.scopes, departmentId: token.department?.id ?? null } };
}
