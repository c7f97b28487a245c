/**
 * Baseline: the floor, bare `node:http` + `pg`, as its own process. Each scenario is one
 * prepared SQL statement (floor-sql.ts) that checks the token and builds the answer's JSON text,
 * which is sent as it comes; Node only reads the body's variables and hashes the token's secret.
 * `DATABASE_URL=… PORT=… [TIME_ZONE=…] node dist/bench/compare/floor-server.js`; prints `ready <port>`.
 * TIME_ZONE (default Europe/Amsterdam, as Regie's) gives the scored scenarios their "today".
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import pg from 'pg';
import { INITIATIVE_PAGE, INITIATIVES_PAGE, JOURNEYS, RANKED, ROADMAP, UPDATE_INITIATIVE } from './floor-sql.js';

const connectionString = process.env.DATABASE_URL;
const port = Number(process.env.PORT ?? 0);
/** The organisation's time zone, as Regie's REGIE_TIME_ZONE: the scores' "today" is its date. */
const timeZone = process.env.TIME_ZONE ?? 'Europe/Amsterdam';
if (!connectionString) throw new Error('floor-server: DATABASE_URL is required');

// The same pool size as Regie's and PostGraphile's (pg's default of 10).
const pool = new pg.Pool({ connectionString, max: 10 });

const TOKEN = /^Bearer\s+rgt_(\d{1,12})_([A-Za-z0-9_-]{43})$/i;

type Variables = Record<string, unknown>;

/** Per path: the prepared statement and its parameters after the token's two. */
const ROUTES: Record<string, { name: string; text: string; params: (v: Variables) => unknown[] }> = {
  '/floor/initiatives': { name: 'initiatives', text: INITIATIVES_PAGE, params: v => [v.perPage ?? 50] },
  '/floor/journeys': { name: 'journeys', text: JOURNEYS, params: () => [] },
  '/floor/initiative': { name: 'initiative', text: INITIATIVE_PAGE, params: v => [Number(v.id)] },
  '/floor/update': { name: 'update', text: UPDATE_INITIATIVE, params: v => [Number(v.id), v.version, v.title, v.effort] },
  '/floor/roadmap': { name: 'roadmap', text: ROADMAP, params: v => [v.limit ?? 100, timeZone] },
  '/floor/ranked': { name: 'ranked', text: RANKED, params: v => [v.perPage ?? 1000, timeZone] },
};

const send = (res: ServerResponse, status: number, body: string) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
};

const refused = (message: string) => JSON.stringify({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });

async function answer(req: IncomingMessage, res: ServerResponse, raw: string): Promise<void> {
  const route = ROUTES[req.url ?? ''];
  if (!route || req.method !== 'POST') return send(res, 404, JSON.stringify({ errors: [{ message: 'Not found' }] }));
  const credential = TOKEN.exec(req.headers.authorization ?? '');
  if (!credential) return send(res, 401, refused('Send a valid API token'));
  const variables = ((JSON.parse(raw) as { variables?: Variables }).variables ?? {}) as Variables;
  const hash = createHash('sha256').update(credential[2]).digest('hex');
  const { rows } = await pool.query<{ body: string | null }>({
    name: route.name,
    text: route.text,
    values: [Number(credential[1]), hash, ...route.params(variables)],
  });
  const body = rows[0]?.body;
  if (body === null || body === undefined) return send(res, 401, refused('Unknown API token'));
  send(res, 200, body);
}

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    answer(req, res, Buffer.concat(chunks).toString('utf8')).catch((error: Error) => {
      console.error(error.message);
      if (!res.headersSent) send(res, 500, JSON.stringify({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
    });
  });
});
server.keepAliveTimeout = 65_000;
server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  console.log(`ready ${typeof address === 'object' && address ? address.port : port}`);
});

const stop = () => {
  server.close();
  void pool.end().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
