import { defineConfig } from 'vitest/config';

// Browser journeys: the built web app (npm run build:web) served by the real server, driven in
// Debian's Chromium through playwright-core.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    // The demo (18 months of history for three communes) loads once, in global-setup.ts; each
    // file's startDemoApp copies it.
    globalSetup: ['test/e2e/global-setup.ts'],
    hookTimeout: 180_000,
    maxWorkers: 1,
  },
});
