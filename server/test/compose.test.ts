import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { CONFIG_VARIABLES, loadConfig } from '../src/config.js';

/** No Docker engine runs here, so the compose file and Dockerfile are checked against the config. */
const root = path.resolve(import.meta.dirname, '../..');

describe('docker-compose.yml', () => {
  it('runs Regie against a healthy PostgreSQL with a named volume, on the configured port', async () => {
    const compose = parse(await readFile(path.join(root, 'docker-compose.yml'), 'utf8'));
    const { db, regie } = compose.services;

    expect(db.image).toMatch(/^postgres:/);
    expect(db.healthcheck.test.join(' ')).toMatch(/pg_isready/);
    const [volume] = db.volumes[0].split(':');
    expect(Object.keys(compose.volumes)).toContain(volume);

    expect(regie.build.dockerfile).toBe('Dockerfile');
    expect(regie.depends_on.db.condition).toBe('service_healthy');
    const env: Record<string, string> = regie.environment;
    for (const name of Object.keys(env)) expect(CONFIG_VARIABLES).toContain(name);
    // What compose does with `${VAR:?message}` and `${VAR:-default}`, given the operator's shell.
    const shell: Record<string, string> = { REGIE_JWT_SECRET: 'a'.repeat(64) };
    const interpolated = Object.fromEntries(
      Object.entries(env).map(([name, value]) => [
        name,
        String(value).replace(/\$\{(\w+)(?::([?-])([^}]*))?\}/g, (_m, variable: string, kind?: string, rest?: string) => {
          if (shell[variable] !== undefined) return shell[variable];
          if (kind === '?') throw new Error(`compose would refuse to start without ${variable}: ${rest}`);
          return rest ?? '';
        }),
      ]),
    );
    expect(() => loadConfig({ ...interpolated, REGIE_JWT_SECRET: '' })).toThrow(/REGIE_JWT_SECRET/);
    const config = loadConfig(interpolated);
    const [published, target] = regie.ports[0].split(':').map(Number);
    expect(target).toBe(config.port);
    expect(published).toBe(4000);

    const url = new URL(config.databaseUrl!);
    expect(url.hostname).toBe('db');
    expect(url.username).toBe(db.environment.POSTGRES_USER);
    expect(url.password).toBe(db.environment.POSTGRES_PASSWORD);
    expect(url.pathname).toBe(`/${db.environment.POSTGRES_DB}`);
  });

  it('builds Regie in stages and runs it as a non-root user', async () => {
    const dockerfile = await readFile(path.join(root, 'Dockerfile'), 'utf8');
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/^USER (?!root)\w+/m);
    expect(dockerfile).toMatch(/server\/dist\/src\/main\.js/);
    expect(dockerfile).toMatch(/EXPOSE 4000/);
  });
});
