import { defineConfig } from 'vitest/config';

// Unit and integration tests live next to the code they test. Browser journeys
// (test/e2e) run from their own config because they need a built web app and Chromium.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'web/src/**/*.test.ts'],
    globalSetup: ['src/testing/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // PGlite instances are heavy (WASM Postgres); two cores run two files at a time.
    maxWorkers: 2,
  },
});
