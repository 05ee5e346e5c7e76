import path from 'node:path';

/** Runtime settings, read once from the environment (CLI flags override them). */
export interface Config {
  port: number;
  host: string;
  /** PGlite data directory, used when no databaseUrl is set. */
  dataDir: string;
  /** A PostgreSQL server; when set, the embedded database is not used. */
  databaseUrl: string | undefined;
  /** Send cookies with `Secure`; on by default in production behind HTTPS. */
  secureCookies: boolean;
  logLevel: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.DANVAN_DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    secureCookies: env.DANVAN_SECURE_COOKIES === '1',
    logLevel: env.LOG_LEVEL ?? 'info',
    ...overrides,
  };
}
