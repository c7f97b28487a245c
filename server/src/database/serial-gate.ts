/**
 * A first-in, first-out lock. PGlite runs a single connection and a single transaction at a
 * time, so on the embedded database every request that touches it passes through one gate.
 */
export class SerialGate {
  #tail: Promise<void> = Promise.resolve();
  #waiting = 0;

  /** Resolves with a release function once every earlier holder has released. */
  acquire(): Promise<() => void> {
    let release!: () => void;
    const released = new Promise<void>(resolve => (release = resolve));
    const previous = this.#tail;
    this.#tail = previous.then(() => released);
    this.#waiting++;
    return previous.then(() => {
      this.#waiting--;
      let done = false;
      return () => {
        if (!done) {
          done = true;
          release();
        }
      };
    });
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  }

  get waiting(): number {
    return this.#waiting;
  }
}
