import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiTarget = process.env.DANVAN_API ?? 'http://localhost:3000';

// root is web/ wherever vite is started from, so `npm run build:web` writes web/dist,
// which the server serves with an SPA fallback for every non-/api path. DANVAN_WEB_DIST puts the
// build elsewhere (the server reads the same variable), e.g. for parallel browser-test runs.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: process.env.DANVAN_WEB_DIST ?? 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than our code: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'mantine', test: /node_modules[\\/]@mantine[\\/]/ },
            { name: 'tanstack', test: /node_modules[\\/]@tanstack[\\/]/ },
          ],
        },
      },
    },
  },
  // `vite` (dev) and `vite preview` forward the API to a running server; DANVAN_API points elsewhere.
  server: { port: 5173, proxy: { '/api': apiTarget } },
  preview: { port: 4173, proxy: { '/api': apiTarget } },
});
