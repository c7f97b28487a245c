import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Config } from './config.js';
import { WindowCountKeeper } from './modules/scoring/window-counts.js';
import type { Context, Security } from './context.js';
import { authenticate } from './modules/auth/authenticate.js';
import { SignInLimiter, Slots } from './modules/auth/rate-limit.js';
import { SessionTokens } from './modules/auth/session.js';
import { surveyResponseImport } from './modules/survey-response/survey-response.import.js';
import { formatError } from './common/errors.js';
import type { Database } from './database/orm.js';
import { requestIds, type Logger } from './logger.js';
import { createMetrics } from './metrics.js';
import { buildRegieSchema } from './schema.js';

/** Sign-ins checking a password at once (scrypt takes a libuv thread, of 4, and 32 MiB); more are asked to come back. */
const SIGN_IN_HASHES_AT_ONCE = 4;

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
  /** Stops taking requests, lets in-flight ones finish, then closes the HTTP server. */
  stop(): Promise<void>;
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

  // Limits on every operation: depth, aliases, tokens, cost, directives; no field suggestions
  // in production (they reveal the schema to someone guessing).
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.depth },
    maxAliases: { n: LIMITS.aliases },
    maxTokens: { n: LIMITS.tokens },
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
    formatError: formatError(error => logger.error('Unexpected error while handling a GraphQL request', error)),
    // graphql-armor ships CommonJS typings of Apollo's plugin type; the runtime objects are the same.
    // No cache hints are used; Apollo's default cache-control plugin would wrap every field's resolver.
    plugins: [...(armor.plugins as unknown as ApolloServerPlugin<Context>[]), ApolloServerPluginCacheControlDisabled(), ApolloServerPluginDrainHttpServer({ httpServer }), ...(metrics ? [metrics.plugin] : [])],
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
        const { actor, refusal } = await authenticate(req.headers.authorization, em, security);
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
    async stop() {
      await windowCounts.stop();
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>(resolve => httpServer.close(() => resolve()));
    },
  };
}
