import { isIPv6 } from 'node:net';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { SignInRefused } from './auth.errors.js';
import { sha256 } from './authenticate.js';

/**
 * How many sign-in tries a key gets. Every try raises the key's level by one, counted before the
 * password is checked; the level drains by one every `leakSeconds`. While the level is below
 * `free` a try goes ahead at once; from there on a try must come 1 s after the last failure, then
 * 2 s, 4 s … up to `capSeconds`. No account is ever locked: the limits hold per address.
 */
export interface ThrottleRule {
  free: number;
  leakSeconds: number;
  capSeconds: number;
}

export const SIGN_IN_RULES = {
  /** One email from one address: someone mistyping, or someone guessing one account. */
  pair: { free: 5, leakSeconds: 15 * 60, capSeconds: 5 * 60 },
  /** One address, whatever the email: someone trying many accounts (an office behind one NAT shares it). */
  address: { free: 30, leakSeconds: 60, capSeconds: 5 * 60 },
} as const satisfies Record<string, ThrottleRule>;

export type SignInKeys = Record<keyof typeof SIGN_IN_RULES, string>;

/** Past `free + LEVEL_HEADROOM` the wait is at its cap anyway; capping the level bounds how long a key takes to drain. */
const LEVEL_HEADROOM = 10;
/** Every so many admitted tries, rows drained long ago are deleted (the longest drain is a few hours). */
const SWEEP_EVERY = 1000;
const SWEEP = `delete from sign_in_attempt where last_at < clock_timestamp() - interval '1 day'`;

/** The level of the stored row `a`, drained up to `now` (never raised by a `now` a little before its last try). */
const drained = (rule: ThrottleRule, now: string) => `greatest(0, a.level - greatest(0, extract(epoch from ${now} - a.last_at)) / ${rule.leakSeconds})`;
/** Seconds a try must come after the one before, at that level (only asked once the free tries are used). */
const spacing = (rule: ThrottleRule, level: string) => `least(${rule.capSeconds}, power(2, ceil(${level}) - ${rule.free}))`;

/**
 * One atomic statement per key counts the try and decides whether it may go ahead: parallel tries
 * queue on the row's lock and each one sees the count of the one before. A refused try changes
 * nothing (the `where` of `on conflict` fails) and returns no row.
 */
function admitStatement(rule: ThrottleRule): string {
  const level = drained(rule, 'excluded.last_at');
  return `insert into sign_in_attempt as a (key_hash, level, last_at) values (?, 1, clock_timestamp())
    on conflict (key_hash) do update set level = least(${level} + 1, ${rule.free + LEVEL_HEADROOM}), last_at = excluded.last_at
    where ceil(${level}) < ${rule.free} or extract(epoch from excluded.last_at - a.last_at) >= ${spacing(rule, level)}
    returning level`;
}

/** Seconds until the refused key may try again. */
function waitStatement(rule: ThrottleRule): string {
  const level = drained(rule, 'statement_timestamp()');
  return `select ${spacing(rule, level)} - extract(epoch from statement_timestamp() - a.last_at) as wait from sign_in_attempt a where key_hash = ?`;
}

/**
 * Addresses as the limits count them: an IPv4-mapped IPv6 address as the IPv4 address, and an
 * IPv6 address by its /64, which one subscriber gets whole (else each guess could come from a
 * new address of the same network).
 */
export function addressKey(address: string): string {
  const plain = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  if (!isIPv6(plain)) return plain;
  const [head, tail] = plain.split('%')[0].split('::');
  // An embedded IPv4 address (the last 32 bits) counts as two groups; only the first four matter.
  const groups = (part: string | undefined) => (part ? part.split(':').flatMap(group => (group.includes('.') ? ['0', '0'] : [group])) : []);
  const left = groups(head);
  const right = groups(tail);
  const all = [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return `${all.slice(0, 4).map(group => parseInt(group, 16).toString(16)).join(':')}::/64`;
}

/** The keys of a try, hashed: the table holds neither emails nor addresses. */
export function signInKeys(email: string, address: string): SignInKeys {
  const where = addressKey(address);
  return { pair: sha256(`pair\n${email}\n${where}`), address: sha256(`address\n${where}`) };
}

/** At most `size` holders at once, and no queue: a caller that finds none free is told to come back. */
export class Slots {
  #used = 0;

  constructor(readonly size: number) {}

  tryAcquire(): (() => void) | undefined {
    if (this.#used >= this.size) return undefined;
    this.#used++;
    let released = false;
    return () => {
      if (!released) {
        released = true;
        this.#used--;
      }
    };
  }
}

/**
 * Sign-in tries per (email, address) pair and per address, kept in PostgreSQL (table
 * sign_in_attempt) so that every server counts the same tries.
 */
export class SignInLimiter {
  readonly #nested = new Slots(2);
  #sinceSweep = 0;

  constructor(
    /** The embedded database has a single connection: nothing can run beside an open transaction. */
    private readonly embedded: boolean,
    readonly rules: Record<keyof SignInKeys, ThrottleRule> = SIGN_IN_RULES,
  ) {}

  /**
   * Counts a try for both keys before its password is checked, in one transaction (the pair, then
   * the address: always this order, so two tries never wait for each other's rows), then takes a
   * hashing slot. When a key or the slots refuse, nothing is counted and SignInRefused says when
   * to come back. Resolves with the release of the slot.
   */
  async admit(em: SqlEntityManager, keys: SignInKeys, hashing: Slots): Promise<() => void> {
    let release: (() => void) | undefined;
    try {
      await em.transactional(async tx => {
        for (const kind of ['pair', 'address'] as const) {
          const admitted = await tx.execute(admitStatement(this.rules[kind]), [keys[kind]]);
          if (admitted.length === 0) {
            const [row] = await tx.execute<{ wait: number | string }[]>(waitStatement(this.rules[kind]), [keys[kind]]);
            throw SignInRefused.throttled(Number(row?.wait ?? 1));
          }
        }
        release = hashing.tryAcquire();
        if (!release) throw SignInRefused.busy();
      });
    } catch (error) {
      release?.();
      throw error;
    }
    if (++this.#sinceSweep >= SWEEP_EVERY) {
      this.#sinceSweep = 0;
      // Housekeeping: a failed sweep is retried by the next one.
      await em.execute(SWEEP).catch(() => undefined);
    }
    return release!;
  }

  /** A wrong password: the wait for the next try counts from now, when the guesser learns the answer. */
  async failed(em: SqlEntityManager, keys: SignInKeys): Promise<void> {
    await em.execute('update sign_in_attempt set last_at = clock_timestamp() where key_hash in (?, ?)', [keys.pair, keys.address]);
  }

  /** A right password: the pair starts afresh, and the try no longer counts against the address. */
  async succeeded(em: SqlEntityManager, keys: SignInKeys): Promise<void> {
    await em.execute(
      'with forgotten as (delete from sign_in_attempt where key_hash = ?) update sign_in_attempt set level = greatest(0, level - 1) where key_hash = ?',
      [keys.pair, keys.address],
    );
  }

  /**
   * Runs `work` where its writes stand whatever the request does next: on a fork of the request's
   * EntityManager. signIn sent with a valid credential runs inside the audit middleware's
   * transaction, which a refusal rolls back; there the fork takes a second connection, at most two
   * such at once (so that requests holding a connection never all wait for another). The embedded
   * database has a single connection, busy with that transaction: there the work joins it, and a
   * failure's count is rolled back with it (the audit middleware should leave signIn alone).
   */
  async outside<T>(em: SqlEntityManager, work: (em: SqlEntityManager) => Promise<T>): Promise<T> {
    if (!em.isInTransaction()) return work(em.fork());
    if (this.embedded) return work(em);
    const release = this.#nested.tryAcquire();
    if (!release) throw SignInRefused.busy();
    try {
      return await work(em.fork());
    } finally {
      release();
    }
  }
}
