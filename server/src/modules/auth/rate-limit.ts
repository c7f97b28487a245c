/**
 * Counts failed sign-ins per key (an email, an address) in a sliding window. Kept in memory:
 * one Regie process serves one organisation, and a restart forgetting the count is acceptable.
 */
export class FailureLimiter {
  readonly #failures = new Map<string, number[]>();

  constructor(
    readonly maxFailures: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until the key may try again; 0 when it may now. */
  retryAfter(key: string): number {
    const recent = this.#recent(key);
    return recent.length < this.maxFailures ? 0 : recent[0] + this.windowMs - this.now();
  }

  fail(key: string): void {
    const recent = this.#recent(key);
    recent.push(this.now());
    this.#failures.set(key, recent);
    if (this.#failures.size > 100_000) this.#prune();
  }

  reset(key: string): void {
    this.#failures.delete(key);
  }

  #recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    return (this.#failures.get(key) ?? []).filter(at => at > since);
  }

  #prune(): void {
    for (const key of this.#failures.keys()) if (this.#recent(key).length === 0) this.#failures.delete(key);
  }
}
