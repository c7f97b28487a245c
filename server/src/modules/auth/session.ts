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

  sign(personId: number): Promise<string> {
    return new SignJWT({})
      .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
      .setSubject(String(personId))
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${this.ttlMinutes}m`)
      .sign(this.#key);
  }

  /** The person id in a valid token; throws a message fit for the client otherwise. */
  async verify(token: string): Promise<number> {
    try {
      const { payload } = await jwtVerify(token, this.#key, { algorithms: [ALGORITHM], issuer: ISSUER, audience: AUDIENCE });
      const id = Number(payload.sub);
      if (!Number.isInteger(id) || id < 1) throw new Error('bad subject');
      return id;
    } catch (error) {
      throw new Error(error instanceof errors.JWTExpired ? 'Your session has expired; sign in again' : 'Invalid credentials; sign in again');
    }
  }
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
