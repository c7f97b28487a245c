import path from 'node:path';
import { createServer } from './app.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { openDatabase } from './database/orm.js';
import { DEMO_ACCOUNTS, DemoSeeder } from './database/seeders/demo.seeder.js';
import { createLogger } from './logger.js';
import { developmentSecret } from './modules/auth/session.js';

function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Regie cannot start: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

const config = configOrExit();
const logger = createLogger(config.logLevel);
const db = await openDatabase({
  databaseUrl: config.databaseUrl,
  dataDir: path.join(config.dataDir, 'pglite'),
  statementTimeoutMs: config.statementTimeoutMs,
  databaseTimeoutMs: config.databaseTimeoutMs,
});
const applied = await db.migrate();
if (applied.length > 0) logger.info(`Applied migrations: ${applied.join(', ')}`);
const seed = config.seed ? await new DemoSeeder(config.demoPassword, config.timeZone).run(db.fork()) : { seeded: false };
if (seed.seeded) logger.info('Seeded the demo organisation');

const jwtSecret = config.jwtSecret ?? (await developmentSecret(config.dataDir));
const server = await createServer({ config, db, logger, jwtSecret });
const url = await server.listen();
console.log(`Regie is ready at ${url}/ (GraphQL at ${url}/graphql) on ${db.embedded ? `the embedded database in ${config.dataDir}` : 'PostgreSQL'}`);
if (config.seed) {
  const password = seed.generatedPassword
    ? `${seed.generatedPassword}  (generated now and shown only this once; set DEMO_PASSWORD to choose one)`
    : config.demoPassword
      ? 'the value of DEMO_PASSWORD'
      : 'the one printed at the first start';
  console.log(`Sign in as ${DEMO_ACCOUNTS.map(a => `${a.email} (${a.role})`).join(', ')}\n  with password: ${password}`);
}

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info(`${signal} received: finishing in-flight requests`);
  try {
    // Idle keep-alive connections stay until the keep-alive timeout their clients were told of.
    await server.stop({ lingerMs: server.httpServer.keepAliveTimeout });
    await db.close();
    process.exit(0);
  } catch (error) {
    logger.error('Shutdown failed', error);
    process.exit(1);
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
