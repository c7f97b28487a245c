import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * Counts the SQL statements a server sends to PostgreSQL, whoever the server is: a TCP proxy
 * between it and PostgreSQL that reads the frontend protocol as it passes. Every Query message
 * (simple protocol) and every Execute message (extended protocol: prepared or parameterised
 * statements) is one statement, BEGIN and COMMIT included. Bytes are passed on unchanged.
 *
 * Used only in the counting pass, by server processes of their own: the measured processes talk
 * to PostgreSQL directly. (pg_stat_statements would do the same job but needs
 * shared_preload_libraries, which a benchmark should not require of the server.)
 */
export interface SeenStatement {
  sql: string;
  /** simple: a Query message (parameters, if any, inlined by the client); extended: an unnamed
   * statement parsed for this execution; prepared: a named statement parsed once per connection. */
  protocol: 'simple' | 'extended' | 'prepared';
}

export class StatementCounter {
  private server?: Server;
  private sockets = new Set<Socket>();
  private statements: SeenStatement[] = [];

  constructor(
    private readonly upstreamHost: string,
    private readonly upstreamPort: number,
  ) {}

  /** Starts listening on a free local port; resolves with it. */
  async listen(): Promise<number> {
    this.server = createServer(client => this.relay(client));
    await new Promise<void>(resolve => this.server!.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    return typeof address === 'object' && address ? address.port : 0;
  }

  /** Statements seen since the last call, one entry per statement, and a fresh count. */
  take(): SeenStatement[] {
    const seen = this.statements;
    this.statements = [];
    return seen;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>(resolve => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private relay(client: Socket): void {
    const upstream = connect(this.upstreamPort, this.upstreamHost);
    this.sockets.add(client).add(upstream);
    const parse = this.parser();
    client.on('data', chunk => {
      parse(chunk);
      upstream.write(chunk);
    });
    upstream.on('data', chunk => client.write(chunk));
    const end = () => {
      client.destroy();
      upstream.destroy();
      this.sockets.delete(client);
      this.sockets.delete(upstream);
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  }

  /** A parser of one connection's client-to-server stream. */
  private parser(): (chunk: Buffer) => void {
    let buffer: Buffer = Buffer.alloc(0);
    let started = false;
    /** Prepared statements of this connection by name ('' is the unnamed one), and the one bound now. */
    const prepared = new Map<string, string>();
    let bound: SeenStatement = { sql: '', protocol: 'extended' };
    const cstrings = (message: Buffer, count: number): string[] => {
      const out: string[] = [];
      let at = 0;
      for (let i = 0; i < count; i++) {
        const end = message.indexOf(0, at);
        out.push(message.toString('utf8', at, end));
        at = end + 1;
      }
      return out;
    };
    return chunk => {
      buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
      for (;;) {
        if (!started) {
          // The startup, SSL and cancel requests have no type byte.
          if (buffer.length < 8) return;
          const length = buffer.readInt32BE(0);
          if (buffer.length < length) return;
          const code = buffer.readInt32BE(4);
          if (code === 196608) started = true;
          buffer = buffer.subarray(length);
          continue;
        }
        if (buffer.length < 5) return;
        const type = String.fromCharCode(buffer[0]);
        const length = buffer.readInt32BE(1);
        if (buffer.length < 1 + length) return;
        const message = buffer.subarray(5, 1 + length);
        if (type === 'Q') {
          this.statements.push({ sql: cstrings(message, 1)[0], protocol: 'simple' });
        } else if (type === 'P') {
          const [name, text] = cstrings(message, 2);
          prepared.set(name, text);
        } else if (type === 'B') {
          const [, statement] = cstrings(message, 2);
          bound = { sql: prepared.get(statement) ?? `(statement ${statement} prepared earlier)`, protocol: statement === '' ? 'extended' : 'prepared' };
        } else if (type === 'E') {
          this.statements.push(bound);
        }
        buffer = buffer.subarray(1 + length);
      }
    };
  }
}
