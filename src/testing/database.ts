import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase } from '../platform/db/open.ts';
import type { Database } from '../platform/db/types.ts';

/**
 * A fresh, migrated database for one test file. With DATABASE_URL set the suite runs against
 * that PostgreSQL server (a new database per file, dropped afterwards); otherwise PGlite in a
 * temporary directory.
 */
export async function freshDatabase(): Promise<{ db: Database; dispose: () => Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `danvan_t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const db = await openDatabase({ databaseUrl: url.toString(), dataDir: '' });
    return {
      db,
      dispose: async () => {
        await db.close();
        const c = new pg.Client({ connectionString: serverUrl });
        await c.connect();
        await c.query(`drop database if exists ${name} with (force)`);
        await c.end();
      },
    };
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'danvan-test-'));
  // A copy of the run's migrated template (global-setup.ts), when there is one.
  const template = inject('pgliteTemplate');
  if (template) await cp(template, dir, { recursive: true });
  const db = await openDatabase({ databaseUrl: undefined, dataDir: dir });
  return {
    db,
    dispose: async () => {
      await db.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
