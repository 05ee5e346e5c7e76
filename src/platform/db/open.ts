import { seedReferenceData } from '../../modules/calendar/seed.ts';
import type { Config } from '../config.ts';
import { migrate } from './migrate.ts';
import { openPglite } from './pglite.ts';
import { openPostgres } from './postgres.ts';
import type { Database } from './types.ts';

/** Opens the configured database, brings its schema up to date and seeds the reference data once. */
export async function openDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'>): Promise<Database> {
  const db = config.databaseUrl ? await openPostgres(config.databaseUrl) : await openPglite(config.dataDir);
  try {
    await migrate(db);
    await seedReferenceData(db);
  } catch (err) {
    await db.close();
    throw err;
  }
  return db;
}
