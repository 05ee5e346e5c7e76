import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { inject } from 'vitest';
import { loadDemo } from '../../src/modules/demo/load.ts';
import { openDatabase } from '../../src/platform/db/open.ts';
import { buildServer, webDist } from '../../src/server.ts';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The real app on a fresh embedded database with the demo loaded, and a headless Chromium. Each
 * call gets its own copy of the data: a test may change it (even move dates back) freely.
 */
export async function startDemoApp() {
  if (!existsSync(path.join(webDist, 'index.html')))
    throw new Error('Run `npm run build:web` before the browser tests.');
  const dir = await mkdtemp(path.join(tmpdir(), 'danvan-e2e-'));
  // The demo loaded once by global-setup.ts, copied; loaded here when run without that setup.
  const template = inject('demoTemplate');
  if (template) await cp(template, dir, { recursive: true });
  const db = await openDatabase({ dataDir: dir, databaseUrl: undefined });
  if (!template) await loadDemo(db, new Date());
  const app = await buildServer({ db, logLevel: 'warn' });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser: Browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    url,
    browser,
    db,
    close: async () => {
      await browser.close();
      await app.close();
      await db.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
