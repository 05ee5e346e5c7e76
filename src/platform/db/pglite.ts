import { mkdir, open, readdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite, types } from '@electric-sql/pglite';
import { releaseDataDirLock, takeDataDirLock } from './data-dir-lock.ts';
import type { Database, Queryable } from './types.ts';

// Same value shapes as the pg driver gets (see postgres.ts): dates stay 'YYYY-MM-DD',
// counts and numerics are numbers.
const parsers = {
  [types.DATE]: (v: string) => v,
  [types.INT8]: (v: string) => Number(v),
  [types.NUMERIC]: (v: string) => Number(v),
};

/**
 * PostgreSQL's default 128 MB of shared buffers live inside PGlite's WASM heap, in the Node
 * process. 8 MB holds a commune's working set (a year of desk records is a few megabytes) and keeps
 * the process about 140 MB smaller; pages beyond it come from the operating system's file cache
 * (docs/performance.md). Work memory stays at PostgreSQL's defaults.
 */
const memoryParams = ['-c', 'shared_buffers=8MB'];

/**
 * Embedded PostgreSQL in a data directory.
 *
 * Durability: PGlite writes the WAL with write() at every commit (synchronous_commit=on), so a
 * committed transaction survives the process being killed. Its WASM file system never reaches
 * fsync(2), so after each transaction we fsync the current WAL segment ourselves: a commit then
 * survives a power cut too. See docs/decisions/0001-embedded-database.md.
 */
export async function openPglite(dataDir: string): Promise<Database> {
  await mkdir(dataDir, { recursive: true });
  await takeDataDirLock(dataDir);
  const pg = await PGlite.create(dataDir, {
    parsers,
    startParams: [...PGlite.defaultStartParams, ...memoryParams],
  });
  const walDir = path.join(dataDir, 'pg_wal');

  const wrap = (q: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    async query<T>(sql: string, params: unknown[] = []) {
      return (await q.query<T>(sql, params)).rows;
    },
    async exec(sql: string) {
      await q.exec(sql);
    },
  });

  const root = wrap(pg);
  return {
    backend: 'pglite',
    query: root.query,
    exec: root.exec,
    async transaction(fn) {
      const result = await pg.transaction((tx) => fn(wrap(tx)));
      await fsyncNewestWal(walDir);
      return result;
    },
    async close() {
      await pg.close();
      await releaseDataDirLock(dataDir);
    },
  };
}

async function fsyncNewestWal(walDir: string): Promise<void> {
  const segments = (await readdir(walDir)).filter((f) => /^[0-9A-F]{24}$/.test(f)).sort();
  const newest = segments.at(-1);
  if (!newest) return;
  const handle = await open(path.join(walDir, newest), 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
