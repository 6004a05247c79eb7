import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadAppConfig } from './app-config';

describe('loadAppConfig', () => {
  const dataDir = () => mkdtempSync(join(tmpdir(), 'cadre-config-'));

  it('defaults to port 3000, the embedded database and generated secrets kept in the data folder', () => {
    const dir = dataDir();
    const config = loadAppConfig({ CADRE_DATA_DIR: dir });
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeNull();
    expect(config.seedDemoData).toBe(true);
    expect(config.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(statSync(join(dir, 'secrets.json')).mode & 0o777).toBe(0o600);
    // Restarts keep the same secret, so sessions survive them.
    expect(loadAppConfig({ CADRE_DATA_DIR: dir }).jwtSecret).toBe(config.jwtSecret);
    expect(JSON.parse(readFileSync(join(dir, 'secrets.json'), 'utf8')).jwtSecret).toBe(config.jwtSecret);
  });

  it('requires JWT_SECRET from the environment with an external database, and does not seed unless asked', () => {
    expect(() => loadAppConfig({ DATABASE_URL: 'postgres://x@h/db', CADRE_DATA_DIR: dataDir() })).toThrow(
      /JWT_SECRET is required when DATABASE_URL is set/,
    );
    const config = loadAppConfig({
      DATABASE_URL: 'postgres://x@h/db',
      JWT_SECRET: 'x'.repeat(32),
      CADRE_DATA_DIR: dataDir(),
    });
    expect(config.seedDemoData).toBe(false);
  });

  it('reports every problem at once, naming the variable and the rule', () => {
    try {
      loadAppConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://nope',
        JWT_SECRET: 'short',
        LOG_LEVEL: 'loud',
        CADRE_SEED_DEMO: 'maybe',
        CADRE_DATA_DIR: dataDir(),
      });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toEqual([
        'PORT must be a whole number from 0 to 65535 (got "eighty")',
        'DATABASE_URL must be a postgres:// or postgresql:// URL',
        'JWT_SECRET must be at least 32 characters',
        'LOG_LEVEL must be one of error, warn, log, debug, verbose',
        'CADRE_SEED_DEMO must be true or false (got "maybe")',
      ]);
    }
  });

  it('trusts no proxy by default, and takes hops or addresses and ranges from TRUST_PROXY', () => {
    const base = { DATABASE_URL: 'postgres://x/y', JWT_SECRET: 'x'.repeat(32) };
    expect(loadAppConfig(base).trustProxy).toBe(false);
    expect(loadAppConfig({ ...base, TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadAppConfig({ ...base, TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadAppConfig({ ...base, TRUST_PROXY: 'loopback, 10.0.0.0/8, fd00::1' }).trustProxy).toEqual([
      'loopback',
      '10.0.0.0/8',
      'fd00::1',
    ]);
    for (const bad of ['true', 'everyone', '10.0.0.0/33', '300.1.1.1'])
      expect(() => loadAppConfig({ ...base, TRUST_PROXY: bad })).toThrow(/TRUST_PROXY must be/);
  });
});
