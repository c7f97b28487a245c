import { isIP } from 'node:net';
import path from 'node:path';

export type NodeEnv = 'development' | 'production' | 'test';

export interface Config {
  nodeEnv: NodeEnv;
  host: string;
  port: number;
  /** A PostgreSQL URL; when absent Regie runs on the embedded database in `dataDir`. */
  databaseUrl?: string;
  /** Where the embedded database (and other local state) lives. */
  dataDir: string;
  seed: boolean;
  /** Milliseconds a single SQL statement may run before PostgreSQL cancels it. */
  statementTimeoutMs: number;
  /**
   * PostgreSQL: the longest wait to connect or for a free pooled connection, and for an answer
   * beyond the statement timeout; past it the database counts as unreachable (SERVICE_UNAVAILABLE).
   */
  databaseTimeoutMs: number;
  /** Largest request body the HTTP layer accepts. */
  bodyLimit: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Signs session tokens; required in production, generated and kept in dataDir otherwise. */
  jwtSecret?: string;
  sessionMinutes: number;
  /** The demo accounts' password; generated and printed once when absent. */
  demoPassword?: string;
  /** The organisation's time zone (IANA name): days, months and quarters of NPS summaries are its calendar periods. */
  timeZone: string;
  /** Largest CSV file the survey-response import accepts, in bytes. */
  importLimitBytes: number;
  /**
   * Express's 'trust proxy': which proxies may name the client's address (X-Forwarded-For) — false
   * (none: the socket's address is the client's), a number of proxy hops, or addresses and subnets.
   */
  trustProxy: false | number | string[];
  /** Serve GET /metrics (Prometheus text format); off by default, the route answers 404. */
  metrics: boolean;
}

/** Thrown when an environment variable holds a value Regie cannot use; names the variable. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    reason: string,
  ) {
    super(`${variable} ${reason}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** Every variable Regie reads; the README's configuration table and docker-compose.yml use these. */
export const CONFIG_VARIABLES = [
  'NODE_ENV',
  'HOST',
  'PORT',
  'DATABASE_URL',
  'REGIE_DATA_DIR',
  'REGIE_SEED',
  'REGIE_STATEMENT_TIMEOUT_MS',
  'REGIE_DATABASE_TIMEOUT_MS',
  'REGIE_BODY_LIMIT',
  'LOG_LEVEL',
  'REGIE_JWT_SECRET',
  'REGIE_SESSION_MINUTES',
  'DEMO_PASSWORD',
  'REGIE_TIME_ZONE',
  'REGIE_IMPORT_LIMIT',
  'REGIE_TRUST_PROXY',
  'REGIE_METRICS',
] as const;

const present = (env: Env, name: string): string | undefined => {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
};

const oneOf = <T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T => {
  const value = present(env, name);
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return value as T;
};

const integer = (env: Env, name: string, min: number, max: number, fallback: number): number => {
  const value = present(env, name);
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new ConfigError(name, `must be an integer from ${min} to ${max} (got "${value}")`);
  }
  return Number(value);
};

const boolean = (env: Env, name: string, fallback: boolean): boolean => {
  const value = present(env, name)?.toLowerCase();
  if (value === undefined) return fallback;
  if (['true', '1', 'yes', 'on'].includes(value)) return true;
  if (['false', '0', 'no', 'off'].includes(value)) return false;
  throw new ConfigError(name, `must be true or false (got "${env[name]}")`);
};

const postgresUrl = (env: Env, name: string): string | undefined => {
  const value = present(env, name);
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(name, 'must be a URL such as postgres://user:password@host:5432/regie');
  }
  if (!['postgres:', 'postgresql:'].includes(url.protocol) || url.pathname.length <= 1) {
    throw new ConfigError(name, 'must be a postgres:// URL naming a database, e.g. postgres://user@host:5432/regie');
  }
  return value;
};

const byteSize = (env: Env, name: string, fallback: string): string => {
  const value = present(env, name)?.toLowerCase();
  if (value === undefined) return fallback;
  if (!/^\d+(b|kb|mb)$/.test(value)) {
    throw new ConfigError(name, `must be a size such as 512kb or 1mb (got "${value}")`);
  }
  return value;
};

const UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

const bytes = (env: Env, name: string, fallback: number): number => {
  const value = present(env, name)?.toLowerCase();
  if (value === undefined) return fallback;
  const match = /^(\d+)(b|kb|mb|gb)$/.exec(value);
  if (!match || Number(match[1]) < 1) throw new ConfigError(name, `must be a size such as 50mb or 1gb (got "${value}")`);
  return Number(match[1]) * UNITS[match[2]];
};

/** An IANA time zone both Node and PostgreSQL know (Europe/Amsterdam, UTC). */
const timeZone = (env: Env, name: string, fallback: string): string => {
  const value = present(env, name) ?? fallback;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    throw new ConfigError(name, `must be a time zone such as Europe/Amsterdam or UTC (got "${value}")`);
  }
};

const secret = (env: Env, name: string, nodeEnv: NodeEnv): string | undefined => {
  const value = present(env, name);
  if (value === undefined) {
    if (nodeEnv === 'production') throw new ConfigError(name, 'must be set in production (a random string of at least 32 characters)');
    return undefined;
  }
  if (value.length < 32) throw new ConfigError(name, 'must be at least 32 characters long');
  return value;
};

const NAMED_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

/** An address, a subnet (10.0.0.0/8) or one of Express's named ranges. */
const proxyAddress = (item: string): boolean => {
  if (NAMED_RANGES.includes(item)) return true;
  const [address, bits, ...rest] = item.split('/');
  const family = isIP(address);
  if (!family || rest.length > 0) return false;
  return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
};

/**
 * Which proxies may say who the client is. Unset: none. "Trust everyone" is not offered: anyone
 * could then pick their own address with X-Forwarded-For and step around the sign-in limits.
 */
const trustProxy = (env: Env, name: string): false | number | string[] => {
  const value = present(env, name);
  if (value === undefined || ['false', 'none', '0'].includes(value.toLowerCase())) return false;
  if (/^\d+$/.test(value)) {
    if (Number(value) > 10) throw new ConfigError(name, `must be a number of proxies from 1 to 10 (got "${value}")`);
    return Number(value);
  }
  const items = value.split(',').map(item => item.trim()).filter(item => item !== '');
  const wrong = items.find(item => !proxyAddress(item));
  if (wrong !== undefined) {
    throw new ConfigError(name, `must be a number of proxies, or addresses, subnets (10.0.0.0/8) and loopback, linklocal, uniquelocal separated by commas (got "${wrong}")`);
  }
  return items;
};

const demoPassword = (env: Env, name: string): string | undefined => {
  const value = present(env, name);
  if (value !== undefined && value.length < 10) throw new ConfigError(name, 'must be at least 10 characters long');
  return value;
};

/**
 * Reads and validates the environment once. Relative paths resolve against the directory the
 * user ran npm in (INIT_CWD), so `npm start` at the repository root keeps data in ./.regie.
 */
export function loadConfig(env: Env = process.env): Config {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'], 'development');
  const base = present(env, 'INIT_CWD') ?? process.cwd();
  return {
    nodeEnv,
    host: present(env, 'HOST') ?? '0.0.0.0',
    port: integer(env, 'PORT', 0, 65535, 4000),
    databaseUrl: postgresUrl(env, 'DATABASE_URL'),
    dataDir: path.resolve(base, present(env, 'REGIE_DATA_DIR') ?? '.regie/data'),
    seed: boolean(env, 'REGIE_SEED', true),
    statementTimeoutMs: integer(env, 'REGIE_STATEMENT_TIMEOUT_MS', 100, 600_000, 15_000),
    databaseTimeoutMs: integer(env, 'REGIE_DATABASE_TIMEOUT_MS', 100, 600_000, 10_000),
    bodyLimit: byteSize(env, 'REGIE_BODY_LIMIT', '1mb'),
    logLevel: oneOf(env, 'LOG_LEVEL', ['debug', 'info', 'warn', 'error', 'silent'], nodeEnv === 'test' ? 'silent' : 'info'),
    jwtSecret: secret(env, 'REGIE_JWT_SECRET', nodeEnv),
    sessionMinutes: integer(env, 'REGIE_SESSION_MINUTES', 1, 24 * 60, 60),
    demoPassword: demoPassword(env, 'DEMO_PASSWORD'),
    timeZone: timeZone(env, 'REGIE_TIME_ZONE', 'Europe/Amsterdam'),
    importLimitBytes: bytes(env, 'REGIE_IMPORT_LIMIT', 200 * 1024 ** 2),
    trustProxy: trustProxy(env, 'REGIE_TRUST_PROXY'),
    metrics: boolean(env, 'REGIE_METRICS', false),
  };
}
