/**
 * Baseline: PostGraphile v5 with the amber preset on Regie's tables, as its own process.
 * `DATABASE_URL=… PORT=… node dist/bench/compare/postgraphile-server.js`; prints `ready <port>`.
 *
 * No response cache (PostGraphile has none); Grafast keeps its usual per-document parse and plan
 * caches, as Apollo keeps its document store. No watch mode, no GraphiQL, no authentication: the
 * bearer header the harness sends is ignored.
 */
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

const connectionString = process.env.DATABASE_URL;
const port = Number(process.env.PORT ?? 0);
if (!connectionString) throw new Error('postgraphile-server: DATABASE_URL is required');

const preset: GraphileConfig.Preset = {
  extends: [PostGraphileAmberPreset],
  // The same pool size as Regie's (pg's default of 10).
  pgServices: [makePgService({ connectionString, schemas: ['public'], poolConfig: { max: 10 } })],
  grafserv: { port, host: '127.0.0.1', graphqlPath: '/graphql', watch: false, graphiql: false, websockets: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
await serv.addTo(server, false);
// Build the schema before saying ready, so the first measured request does not pay for it.
await pgl.getSchema();
server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  console.log(`ready ${typeof address === 'object' && address ? address.port : port}`);
});

const stop = () => {
  server.close();
  void Promise.resolve(pgl.release()).finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
