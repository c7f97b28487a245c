import { createServer } from './app.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { openDatabase } from './database/orm.js';
import { DemoSeeder } from './database/seeders/demo.seeder.js';
import { createLogger } from './logger.js';

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
const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, statementTimeoutMs: config.statementTimeoutMs });
const applied = await db.migrate();
if (applied.length > 0) logger.info(`Applied migrations: ${applied.join(', ')}`);
if (config.seed && (await new DemoSeeder().run(db.fork()))) logger.info('Seeded the demo organisation');

const server = await createServer({ config, db, logger });
const url = await server.listen();
console.log(`Regie is ready at ${url}/ (GraphQL at ${url}/graphql) on ${db.embedded ? `the embedded database in ${config.dataDir}` : 'PostgreSQL'}`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info(`${signal} received: finishing in-flight requests`);
  try {
    await server.stop();
    await db.close();
    process.exit(0);
  } catch (error) {
    logger.error('Shutdown failed', error);
    process.exit(1);
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
