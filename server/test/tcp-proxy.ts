import net from 'node:net';

/**
 * A TCP proxy between Regie and PostgreSQL that can take the database away without stopping the
 * shared PostgreSQL server:
 *
 * - `reset`: every open connection is reset and new ones are refused (the port stops listening),
 *   as when PostgreSQL crashes or restarts;
 * - `blackhole`: nothing passes any more, in either direction, on open connections and on new
 *   ones (which are accepted and never answered), and no close is passed on either: a cut
 *   network, a host gone. Connections caught in it stay that way even after `up()`, as the far
 *   end of a connection over a dead route never hears of it; the client must give them up.
 *
 * `up()` forwards new connections again. `cutOn(marker, kind)` takes the database away the moment
 * Regie sends bytes containing `marker` (those bytes are not passed on): a cut in the middle of a
 * transaction, just before its commit.
 */
export type Outage = 'reset' | 'blackhole';

interface Pair {
  client: net.Socket;
  upstream?: net.Socket;
  held: boolean;
}

export class TcpProxy {
  port = 0;
  #server?: net.Server;
  #state: 'up' | Outage = 'up';
  readonly #pairs = new Set<Pair>();
  #trigger?: { marker: string; kind: Outage; fired: () => void };
  /** Connections accepted, for the test's figures. */
  accepted = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async listen(): Promise<number> {
    const server = net.createServer(socket => this.#accept(socket));
    this.#server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as net.AddressInfo).port;
    return this.port;
  }

  get state() {
    return this.#state;
  }

  down(kind: Outage): void {
    this.#state = kind;
    this.#trigger = undefined;
    if (kind === 'reset') {
      this.#server?.close();
      this.#server = undefined;
      for (const pair of this.#pairs) {
        pair.client.resetAndDestroy();
        pair.upstream?.destroy();
      }
      this.#pairs.clear();
    } else {
      for (const pair of this.#pairs) pair.held = true;
    }
  }

  async up(): Promise<void> {
    this.#state = 'up';
    if (!this.#server) await this.listen();
  }

  /** Resolves when Regie sends `marker` and the outage begins. */
  cutOn(marker: string, kind: Outage): Promise<void> {
    return new Promise(resolve => (this.#trigger = { marker, kind, fired: resolve }));
  }

  async close(): Promise<void> {
    for (const pair of this.#pairs) {
      pair.client.destroy();
      pair.upstream?.destroy();
    }
    this.#pairs.clear();
    const server = this.#server;
    this.#server = undefined;
    if (server) await new Promise(resolve => server.close(resolve));
  }

  #accept(client: net.Socket): void {
    this.accepted++;
    client.on('error', () => undefined);
    const pair: Pair = { client, held: this.#state === 'blackhole' };
    this.#pairs.add(pair);
    if (pair.held) return; // accepted, never answered
    const upstream = net.connect(this.target);
    pair.upstream = upstream;
    upstream.on('error', () => undefined);
    client.on('data', chunk => {
      if (pair.held) return;
      const trigger = this.#trigger;
      if (trigger && chunk.includes(trigger.marker)) {
        this.down(trigger.kind);
        trigger.fired();
        return;
      }
      upstream.write(chunk);
    });
    upstream.on('data', chunk => {
      if (!pair.held) client.write(chunk);
    });
    client.on('close', () => {
      if (pair.held) return;
      upstream.destroy();
      this.#pairs.delete(pair);
    });
    upstream.on('close', () => {
      if (pair.held) return;
      client.destroy();
      this.#pairs.delete(pair);
    });
  }
}
