import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadDemo } from '../../src/modules/demo/load.ts';
import { openDatabase } from '../../src/platform/db/open.ts';

/**
 * Loads the demo once per run into a template data directory; each test file's startDemoApp copies
 * it (seconds) instead of loading the demo again (minutes: 18 months of history for three communes).
 */
export default async function setup(project: TestProject) {
  const dir = await mkdtemp(path.join(tmpdir(), 'danvan-e2e-template-'));
  const db = await openDatabase({ dataDir: dir, databaseUrl: undefined });
  try {
    await loadDemo(db, new Date());
  } finally {
    await db.close();
  }
  project.provide('demoTemplate', dir);
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    demoTemplate: string;
  }
}
