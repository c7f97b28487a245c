import { createHash, timingSafeEqual } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/sql';
import type { Actor } from '../../common/auth/actor.js';
import type { Security } from '../../context.js';
import type { Role, Scope } from '../../common/auth/permissions.js';
import { queryRows } from '../../database/prepared.js';

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
  // Every request asks this: a plain row (a prepared statement), not an entity in the request's identity map.
  const [person] = await queryRows<{ id: number; name: string; email: string; role: Role; active: boolean; session_version: number; department_id: number | null }>(
    em,
    'select id, name, email, role, active, session_version, department_id from person where id = ?',
    [session.personId],
  );
  if (!person?.active) return { refusal: 'This account is no longer active' };
  if (Number(person.session_version) !== session.sessionVersion) return { refusal: 'Your session has ended (the password was changed or the account deactivated); sign in again' };
  return {
    actor: { kind: 'person', id: Number(person.id), name: person.name, email: person.email, role: person.role, departmentId: person.department_id === null ? null : Number(person.department_id) },
  };
}

async function fromApiToken(id: number, secret: string, em: SqlEntityManager): Promise<Authentication> {
  const [token] = await queryRows<TokenRow>(em, 'select id, name, scopes, secret_hash, revoked_at, expires_at, last_used_at, department_id from api_token where id = ?', [id]);
  const given = Buffer.from(sha256(secret));
  if (!token || !timingSafeEqual(given, Buffer.from(token.secret_hash))) return { refusal: 'Unknown API token' };
  if (token.revoked_at) return { refusal: 'This API token has been revoked' };
  if (token.expires_at && new Date(token.expires_at).getTime() <= Date.now()) return { refusal: 'This API token has expired' };
  const now = new Date();
  if (!token.last_used_at || now.getTime() - new Date(token.last_used_at).getTime() > LAST_USED_RESOLUTION_MS) {
    // Bookkeeping, not a change anyone made: a direct update that leaves the version, the
    // updated time and the audit trail alone.
    await em.getConnection().execute('update api_token set last_used_at = ? where id = ?', [now, id]);
  }
  return { actor: { kind: 'token', id: Number(token.id), name: token.name, scopes: token.scopes, departmentId: token.department_id === null ? null : Number(token.department_id) } };
}

/** An API token as its table holds it (text[] scopes arrive as an array). */
interface TokenRow {
  id: number;
  name: string;
  scopes: Scope[];
  secret_hash: string;
  revoked_at: Date | string | null;
  expires_at: Date | string | null;
  last_used_at: Date | string | null;
  department_id: number | null;
}
