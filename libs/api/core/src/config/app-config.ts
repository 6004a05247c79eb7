import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { join, resolve } from 'node:path';
import type { DatabaseLimits } from '../database/data-source-options';

/** Everything the API reads from its environment, validated once at boot. */
export interface AppConfig {
  port: number;
  /** Null: start the embedded PostgreSQL in `dataDir`. */
  databaseUrl: string | null;
  /**
   * The role that owns the schema and runs migrations, when it is not DATABASE_URL's
   * (the recommended setup: the application's own role then cannot rewrite the audit log).
   */
  databaseMigrationUrl: string | null;
  dataDir: string;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  /** Where the built web client lives; null when it is not served (API-only replicas). */
  webRoot: string | null;
  /** Seed demo data on first start (always with the embedded database). */
  seedDemoData: boolean;
  corsOrigins: string[];
  /** Secure cookies need HTTPS; off for http://localhost. */
  secureCookies: boolean;
  logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  /** argon2 memory cost in KiB; tests lower it. */
  passwordHashMemoryKib: number;
  /**
   * Failed password checks (sign-in and password change) in a sliding window: an account
   * from one address is refused after `maxFailuresPerAccount`, an address after
   * `maxFailuresPerAddress`; an account failing from many addresses past
   * `accountSlowdownAfter` is slowed by `slowdownMs` per attempt, never locked.
   */
  loginThrottle: {
    windowSeconds: number;
    maxFailuresPerAccount: number;
    maxFailuresPerAddress: number;
    accountSlowdownAfter: number;
    slowdownMs: number;
  };
  /** Express "trust proxy": false (the default) trusts no X-Forwarded-For at all. */
  trustProxy: false | number | string[];
  /** Requests per minute one address may make to the anonymous routes (sign-in, refresh, logout). */
  anonymousRequestsPerMinute: number;
  database: DatabaseLimits;
  /** Commission run worker processes that `serve` starts beside itself (0: run them separately). */
  runWorkers: number;
  /** How long a run worker's claim on a run holds without renewal. */
  runLeaseSeconds: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;

/**
 * Reads and validates the environment. Every problem is reported at once.
 * Secrets: with the embedded database they are generated on first start and kept in
 * `<dataDir>/secrets.json`; with DATABASE_URL they must come from the environment.
 */
export function loadAppConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): AppConfig {
  const problems: string[] = [];

  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return Number(raw);
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (!['true', 'false', '1', '0'].includes(raw)) {
      problems.push(`${name} must be true or false (got "${raw}")`);
      return fallback;
    }
    return raw === 'true' || raw === '1';
  };

  const port = int('PORT', 3000, 0, 65535);
  const dataDir = resolve(cwd, env['CADRE_DATA_DIR'] || '.data');
  const databaseUrl = env['DATABASE_URL'] || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must be a postgres:// or postgresql:// URL');
  }
  const databaseMigrationUrl = env['DATABASE_MIGRATION_URL'] || null;
  if (databaseMigrationUrl && !databaseUrl) {
    problems.push('DATABASE_MIGRATION_URL needs DATABASE_URL (the role the application runs as)');
  } else if (databaseMigrationUrl && !/^postgres(ql)?:\/\//.test(databaseMigrationUrl)) {
    problems.push('DATABASE_MIGRATION_URL must be a postgres:// or postgresql:// URL');
  }

  let jwtSecret = env['JWT_SECRET'] ?? '';
  if (jwtSecret && jwtSecret.length < 32) {
    problems.push('JWT_SECRET must be at least 32 characters');
  } else if (!jwtSecret) {
    if (databaseUrl) {
      problems.push('JWT_SECRET is required when DATABASE_URL is set (at least 32 random characters)');
    } else {
      jwtSecret = readOrCreateLocalSecrets(dataDir).jwtSecret;
    }
  }

  const logLevel = (env['LOG_LEVEL'] || 'log') as AppConfig['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);

  const webRootRaw = env['CADRE_WEB_ROOT'];
  const webRoot =
    webRootRaw === 'none' ? null : resolve(cwd, webRootRaw || join('dist', 'apps', 'web', 'browser'));

  const config: AppConfig = {
    port,
    databaseUrl,
    databaseMigrationUrl,
    dataDir,
    jwtSecret,
    accessTokenTtlSeconds: int('ACCESS_TOKEN_TTL_SECONDS', 900, 30, 86_400),
    refreshTokenTtlSeconds: int('REFRESH_TOKEN_TTL_SECONDS', 14 * 86_400, 60, 90 * 86_400),
    webRoot,
    seedDemoData: bool('CADRE_SEED_DEMO', !databaseUrl),
    corsOrigins: (env['CORS_ORIGINS'] ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    secureCookies: bool('SECURE_COOKIES', false),
    logLevel,
    runWorkers: int('CADRE_RUN_WORKERS', 1, 0, 16),
    runLeaseSeconds: int('CADRE_RUN_LEASE_SECONDS', 60, 2, 3600),
    passwordHashMemoryKib: int('PASSWORD_HASH_MEMORY_KIB', 19_456, 1_024, 1_048_576),
    loginThrottle: {
      windowSeconds: int('LOGIN_THROTTLE_WINDOW_SECONDS', 900, 1, 86_400),
      maxFailuresPerAccount: int('LOGIN_THROTTLE_MAX_PER_ACCOUNT', 5, 1, 1000),
      maxFailuresPerAddress: int('LOGIN_THROTTLE_MAX_PER_ADDRESS', 30, 1, 100_000),
      accountSlowdownAfter: int('LOGIN_THROTTLE_ACCOUNT_SLOWDOWN_AFTER', 50, 1, 1_000_000),
      slowdownMs: int('LOGIN_THROTTLE_SLOWDOWN_MS', 2_000, 0, 60_000),
    },
    trustProxy: trustProxy(env['TRUST_PROXY'], problems),
    anonymousRequestsPerMinute: int('ANONYMOUS_REQUESTS_PER_MINUTE', 300, 1, 1_000_000),
    database: {
      poolSize: int('DATABASE_POOL_SIZE', 10, 1, 1000),
      acquireTimeoutMs: int('DATABASE_ACQUIRE_TIMEOUT_MS', 10_000, 100, 600_000),
      statementTimeoutMs: int('DATABASE_STATEMENT_TIMEOUT_MS', 30_000, 100, 3_600_000),
      idleInTransactionTimeoutMs: int('DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS', 60_000, 1_000, 3_600_000),
    },
  };
  if (problems.length) throw new ConfigError(problems);
  return config;
}

const NAMED_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * TRUST_PROXY: unset or "false" trusts no proxy (X-Forwarded-For is ignored); a number
 * trusts that many hops; otherwise a comma-separated list of proxy addresses, CIDR ranges
 * or the named ranges loopback, linklocal and uniquelocal.
 */
function trustProxy(raw: string | undefined, problems: string[]): AppConfig['trustProxy'] {
  if (raw === undefined || raw.trim() === '' || raw.trim() === 'false') return false;
  if (/^\d+$/.test(raw.trim())) return Number(raw.trim());
  const entries = raw
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  const bad = entries.filter((entry) => {
    if (NAMED_RANGES.includes(entry)) return false;
    const [address, prefix, ...rest] = entry.split('/');
    const version = isIP(address);
    if (!version || rest.length) return true;
    return prefix !== undefined && !(/^\d+$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128));
  });
  if (bad.length || raw.trim() === 'true') {
    problems.push(
      `TRUST_PROXY must be false, a number of hops, or proxy addresses/CIDR ranges (or loopback, linklocal, uniquelocal) separated by commas (got "${raw}")`,
    );
    return false;
  }
  return entries;
}

export interface LocalSecrets {
  jwtSecret: string;
  /** The embedded server's superuser: owns the schema, runs migrations. */
  databasePassword: string;
  /** The embedded server's runtime role, which the API connects as. */
  databaseAppPassword: string;
}

/** Secrets for the embedded setup, generated once and kept beside its data (mode 600). */
export function readOrCreateLocalSecrets(dataDir: string): LocalSecrets {
  const file = join(dataDir, 'secrets.json');
  const existing = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<LocalSecrets>) : {};
  if (existing.jwtSecret && existing.databasePassword && existing.databaseAppPassword)
    return existing as LocalSecrets;
  mkdirSync(dataDir, { recursive: true });
  // Keep what exists (the cluster was initialised with that superuser password); add what is missing.
  const secrets: LocalSecrets = {
    jwtSecret: existing.jwtSecret ?? randomBytes(48).toString('base64url'),
    databasePassword: existing.databasePassword ?? randomBytes(24).toString('base64url'),
    databaseAppPassword: existing.databaseAppPassword ?? randomBytes(24).toString('base64url'),
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2) + '\n', { mode: 0o600 });
  return secrets;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
