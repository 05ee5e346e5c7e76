import { type Config, loadConfig } from '../platform/config.ts';
import { openDatabase } from '../platform/db/open.ts';
import type { Database } from '../platform/db/types.ts';
import { AppError } from '../platform/errors.ts';

/** Global flags shared by every command; each also reads an environment variable. */
export interface GlobalOptions {
  data?: string;
  databaseUrl?: string;
}

export function configFrom(opts: GlobalOptions): Config {
  return loadConfig(process.env, {
    ...(opts.data ? { dataDir: opts.data } : {}),
    ...(opts.databaseUrl ? { databaseUrl: opts.databaseUrl } : {}),
  });
}

/** Opens the database for one command and always closes it. */
export async function withDatabase<T>(
  opts: GlobalOptions,
  fn: (db: Database, config: Config) => Promise<T>,
): Promise<T> {
  const config = configFrom(opts);
  const db = await openDatabase(config);
  try {
    return await fn(db, config);
  } finally {
    await db.close();
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Expected failures print their Vietnamese message and exit 1; anything else exits 2 with the stack. */
export function fail(err: unknown): never {
  if (err instanceof AppError) {
    process.stderr.write(`Lỗi: ${err.userMessage}\n`);
    if (err.fields) for (const [k, v] of Object.entries(err.fields)) process.stderr.write(`  - ${k}: ${v}\n`);
    process.exit(1);
  }
  const zodIssues = (err as { issues?: { path: PropertyKey[]; message: string }[] }).issues;
  if (Array.isArray(zodIssues)) {
    process.stderr.write('Lỗi: dữ liệu không hợp lệ\n');
    for (const i of zodIssues) process.stderr.write(`  - ${i.path.map(String).join('.')}: ${i.message}\n`);
    process.exit(1);
  }
  process.stderr.write(`Lỗi không mong đợi: ${(err as Error)?.stack ?? String(err)}\n`);
  process.exit(2);
}
