import type { SqlEntityManager } from '@mikro-orm/sql';
import { SignJWT, jwtVerify, errors } from 'jose';
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const ISSUER = 'regie';
const AUDIENCE = 'regie-api';
const ALGORITHM = 'HS256';

/** Signs and checks the short-lived session tokens people get from signIn. */
export class SessionTokens {
  readonly #key: Uint8Array;

  constructor(
    secret: string,
    readonly ttlMinutes: number,
  ) {
    this.#key = new TextEncoder().encode(secret);
  }

  /** `sessionVersion` is the person's at signing: raising it ends every session signed before. */
  sign(personId: number, sessionVersion = 0): Promise<string> {
    return new SignJWT({ sv: sessionVersion })
      .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
      .setSubject(String(personId))
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${this.ttlMinutes}m`)
      .sign(this.#key);
  }

  /** The person and session version of a valid token; throws a message fit for the client otherwise. */
  async verify(token: string): Promise<{ personId: number; sessionVersion: number }> {
    try {
      const { payload } = await jwtVerify(token, this.#key, { algorithms: [ALGORITHM], issuer: ISSUER, audience: AUDIENCE });
      const personId = Number(payload.sub);
      // Tokens signed before session versions existed carry none: version 0, every person's first.
      const sessionVersion = payload.sv ?? 0;
      if (!Number.isInteger(personId) || personId < 1) throw new Error('bad subject');
      if (typeof sessionVersion !== 'number' || !Number.isInteger(sessionVersion) || sessionVersion < 0) throw new Error('bad session version');
      return { personId, sessionVersion };
    } catch (error) {
      throw new Error(error instanceof errors.JWTExpired ? 'Your session has expired; sign in again' : 'Invalid credentials; sign in again');
    }
  }
}

/**
 * Ends every session the person holds now: their tokens carry the version before. Bookkeeping,
 * not a change anyone made: a direct update in the request's transaction that leaves the row's
 * version and the audit trail alone (the trail shows the password or active change behind it).
 */
export async function endSessions(em: SqlEntityManager, personId: number): Promise<void> {
  await em.execute('update person set session_version = session_version + 1 where id = ?', [personId], 'run');
}

/**
 * Outside production a missing REGIE_JWT_SECRET is replaced by a random one, generated once and
 * kept in the data directory so that sessions survive a restart. Never a fixed fallback.
 */
export async function developmentSecret(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'jwt-secret');
  try {
    const existing = (await readFile(file, 'utf8')).trim();
    if (existing.length >= 32) return existing;
  } catch {
    // not there yet
  }
  await mkdir(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return secret;
}
