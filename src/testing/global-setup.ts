import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../platform/db/open.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated, seeded PGlite directory that each test file copies instead of migrating its own. */
    pgliteTemplate: string;
  }
}

/** Migrating PGlite costs seconds per test file; do it once per run and copy the result. */
export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) return;
  const dir = await mkdtemp(path.join(tmpdir(), 'danvan-template-'));
  const db = await openDatabase({ dataDir: dir, databaseUrl: undefined });
  await db.close();
  project.provide('pgliteTemplate', dir);
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}
