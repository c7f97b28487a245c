import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import { existsSync } from 'node:fs';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import path from 'node:path';
import type { Config } from './config.js';
import { WindowCountKeeper } from './modules/scoring/window-counts.js';
import type { Context, Security } from './context.js';
import { authenticate } from './modules/auth/authenticate.js';
import { SignInLimiter, Slots } from './modules/auth/rate-limit.js';
import { SessionTokens } from './modules/auth/session.js';
import { surveyResponseImport } from './modules/survey-response/survey-response.import.js';
import { formatError, ServiceUnavailable } from './common/errors.js';
import { isDatabaseUnavailable } from './database/connection-guard.js';
import type { Database } from './database/orm.js';
import { requestIds, type Logger } from './logger.js';
import { createMetrics } from './metrics.js';
import { buildRegieSchema } from './schema.js';

/** Sign-ins checking a password at once (scrypt takes a libuv thread, of 4, and 32 MiB); more are asked to come back. */
const SIGN_IN_HASHES_AT_ONCE = 4;

/** How long a stop waits for requests in flight before it closes their connections anyway. */
const DRAIN_MS = 10_000;

/** Per-operation limits; an operation beyond one is refused before it runs. */
export const LIMITS = { depth: 10, aliases: 20, tokens: 4000, cost: 8000, directives: 20 } as const;

export interface AppDeps {
  config: Config;
  db: Database;
  logger: Logger;
  /** Signs session tokens (REGIE_JWT_SECRET, or the development secret). */
  jwtSecret: string;
  schema?: GraphQLSchema;
}

export interface RegieServer {
  readonly httpServer: http.Server;
  /** Starts listening; resolves with the URL of the server. */
  listen(port?: number, host?: string): Promise<string>;
  /**
   * Stops taking requests and lets those in flight finish (up to 10 s), then closes the HTTP
   * server. New connections are refused; a request arriving on an open connection meanwhile is
   * answered 503 SERVICE_UNAVAILABLE with `Connection: close`. `lingerMs`: how long an idle
   * keep-alive connection stays open for its client to learn that it is closing — 0 (tests,
   * benchmarks) ends idle connections at once; the process's SIGTERM waits out the keep-alive
   * timeout the clients were told of, so that none sends a request on a connection as it closes.
   */
  stop(options?: { lingerMs?: number }): Promise<void>;
}

/** The built admin, wherever this file runs from (src under tests, dist in production). */
function findAdminDist(): string | undefined {
  let dir = import.meta.dirname;
  for (let i = 0; i < 5; i++) {
    const candidate = path.join(dir, 'admin', 'dist');
    if (existsSync(path.join(candidate, 'index.html'))) return candidate;
    dir = path.dirname(dir);
  }
  return undefined;
}

/** On the embedded database, requests that touch it take turns (PGlite has one connection). */
function serialised(db: Database) {
  const gate = db.gate;
  return (req: Request, res: Response, next: NextFunction) => {
    if (!gate) return next();
    void gate.acquire().then(release => {
      res.once('finish', release);
      res.once('close', release);
      next();
    });
  };
}

export async function createServer({ config, db, logger, jwtSecret, schema }: AppDeps): Promise<RegieServer> {
  const app = express();
  app.disable('x-powered-by');
  // The client's address (sign-in limits count per address) is the socket's, unless the proxies
  // in front are named in REGIE_TRUST_PROXY: only they may say who the client is (X-Forwarded-For).
  app.set('trust proxy', config.trustProxy);
  app.use(requestIds());
  const security: Security = {
    sessions: new SessionTokens(jwtSecret, config.sessionMinutes),
    signIns: new SignInLimiter(db.embedded),
    hashing: new Slots(SIGN_IN_HASHES_AT_ONCE),
  };
  const httpServer = http.createServer(app);
  const drain = trackConnections(httpServer);
  app.use(drain.refuseWhileStopping);

  // Limits on every operation: depth, aliases, tokens, cost, directives; no field suggestions
  // in production (they reveal the schema to someone guessing). Tokens are counted by Apollo's
  // own parse (parseOptions below): graphql-armor's token plugin parses the document a second
  // time in a plugin hook, where any syntax error, its own limit included, became an HTTP 500.
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.depth },
    maxAliases: { n: LIMITS.aliases },
    maxTokens: { enabled: false },
    costLimit: { maxCost: LIMITS.cost },
    maxDirectives: { n: LIMITS.directives },
    blockFieldSuggestion: { enabled: config.nodeEnv === 'production' },
  }).protect();
  const metrics = config.metrics ? createMetrics(db) : undefined;
  const apollo = new ApolloServer<Context>({
    schema: schema ?? (await buildRegieSchema()),
    // The admin (ra-data-graphql) and integrations read the schema; it is public in schema.graphql too.
    introspection: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // main.ts owns SIGTERM: drain, close the database, exit 0. Apollo's own handlers would race it.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    validationRules: armor.validationRules,
    // A document of more tokens is refused while parsing: GRAPHQL_PARSE_FAILED, HTTP 400.
    parseOptions: { maxTokens: LIMITS.tokens },
    formatError: formatError(error => logger.error('Unexpected error while handling a GraphQL request', error)),
    // graphql-armor ships CommonJS typings of Apollo's plugin type; the runtime objects are the same.
    // No cache hints are used; Apollo's default cache-control plugin would wrap every field's resolver.
    // Draining the HTTP server is stop()'s (below), before Apollo stops.
    plugins: [...(armor.plugins as unknown as ApolloServerPlugin<Context>[]), ApolloServerPluginCacheControlDisabled(), ...(metrics ? [metrics.plugin] : [])],
  });
  await apollo.start();
  // Keeps the scoring window counts current as days pass (scores are right without it, faster with it).
  const windowCounts = new WindowCountKeeper(db, config.timeZone, error => logger.warn('Could not refresh the scoring window counts', error));
  windowCounts.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  if (metrics) app.get('/metrics', metrics.serve);

  app.get('/readyz', serialised(db), async (_req, res) => {
    try {
      await db.ping();
      const pending = await db.pendingMigrations();
      if (pending.length > 0) {
        res.status(503).json({ status: 'unavailable', reason: `${pending.length} migration(s) not applied` });
        return;
      }
      res.json({ status: 'ready' });
    } catch (error) {
      logger.warn('Readiness check failed', error);
      res.status(503).json({ status: 'unavailable', reason: 'database unreachable' });
    }
  });

  app.use(
    '/graphql',
    serialised(db),
    express.json({ limit: config.bodyLimit }),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<Context> => {
        const em = db.fork();
        const { actor, refusal } = await authenticate(req.headers.authorization, em, security).catch(error => {
          // The session is checked in the database: without one, the whole request is unavailable (503).
          if (isDatabaseUnavailable(error)) throw new ServiceUnavailable(503);
          throw error;
        });
        return { em, actor, refusal, address: req.ip ?? 'unknown', security, timeZone: config.timeZone };
      },
    }),
  );

  // The CSV upload streams its body itself (no body parser): see survey-response.import.ts.
  app.post('/import/survey-responses', serialised(db), surveyResponseImport({ db, security, config, logger }));

  const adminDist = findAdminDist();
  if (adminDist) {
    app.use(express.static(adminDist, { index: 'index.html', maxAge: '1h' }));
  } else {
    app.get('/', (_req, res) => {
      res.type('text/plain').send('Regie is running. The admin has not been built: run `npm run build -w admin`. GraphQL is at /graphql.\n');
    });
  }

  // Malformed JSON and oversized bodies are the client's fault; say so without internals.
  app.use((error: Error & { status?: number; type?: string }, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) logger.error('Unexpected HTTP error', error);
    const message = status === 413 ? 'Request body too large' : status === 500 ? 'Internal server error' : 'Malformed request';
    res.status(status).json({ errors: [{ message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] });
  });

  return {
    httpServer,
    listen(port = config.port, host = config.host) {
      return new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address() as AddressInfo;
          const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
          resolve(`http://${shown}:${address.port}`);
        });
      });
    },
    async stop({ lingerMs = 0 } = {}) {
      await drain.stop(lingerMs);
      await windowCounts.stop();
      await apollo.stop();
    },
  };
}

/**
 * Keeps count of the connections and of the requests in flight on each, for a stop that cuts
 * no answer off: the listening socket closes (new connections are refused), responses still to
 * be written say `Connection: close`, a request that arrives meanwhile on an open connection is
 * answered 503, and a connection is ended only once it has no request in flight.
 */
function trackConnections(httpServer: http.Server) {
  const requests = new Map<net.Socket, number>();
  const responses = new Set<Response>();
  let stopping = false;
  let endWhenIdle = false;
  httpServer.on('connection', (socket: net.Socket) => {
    requests.set(socket, 0);
    socket.once('close', () => requests.delete(socket));
  });
  httpServer.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    requests.set(req.socket, (requests.get(req.socket) ?? 0) + 1);
    res.once('close', () => {
      const left = (requests.get(req.socket) ?? 1) - 1;
      requests.set(req.socket, left);
      if (endWhenIdle && left === 0) req.socket.end();
    });
  });

  return {
    refuseWhileStopping(req: Request, res: Response, next: NextFunction) {
      if (stopping) {
        res.setHeader('Connection', 'close');
        res.setHeader('Retry-After', '5');
        const answer = () => void res.status(503).json({ errors: [{ message: 'Regie is stopping; try again shortly', extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
        // The body is read (and dropped) first: a connection closed with unread bytes is reset,
        // and the reset can reach the client before the answer does.
        if (req.complete) answer();
        else req.once('end', answer).once('error', answer).resume();
        return;
      }
      responses.add(res);
      res.once('close', () => responses.delete(res));
      next();
    },
    async stop(lingerMs: number) {
      if (stopping) return;
      stopping = true;
      for (const res of responses) if (!res.headersSent) res.setHeader('Connection', 'close');
      // Connections the kernel completed but Node has not taken yet are reset when the listening
      // socket closes (Linux; no server avoids it): the event loop's next poll takes those queued
      // by then (their requests are answered 503) and the socket closes in the same turn. Only
      // one arriving in that instant is reset, before it has sent anything the server read.
      await new Promise(resolve => setTimeout(() => setImmediate(resolve), 0));
      // net.Server's close, not http.Server's: that one also ends every connection without a
      // request in flight at once, and with it a request still on its way in.
      const closed = new Promise<void>(resolve => (httpServer.listening ? net.Server.prototype.close.call(httpServer, () => resolve()) : resolve()));
      const endIdle = () => {
        endWhenIdle = true;
        for (const [socket, n] of requests) if (n === 0) socket.end();
      };
      if (lingerMs === 0) endIdle();
      const lingered = lingerMs > 0 ? setTimeout(endIdle, Math.min(lingerMs, DRAIN_MS)) : undefined;
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<void>(resolve => (timer = setTimeout(resolve, DRAIN_MS)));
      await Promise.race([closed, late]);
      clearTimeout(timer);
      clearTimeout(lingered);
      // Past the drain time: what is still open is cut.
      for (const socket of requests.keys()) socket.destroy();
      httpServer.closeAllConnections();
    },
  };
}
