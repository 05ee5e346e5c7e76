#!/usr/bin/env node
// Runs a TypeScript entry point through tsx, like bin/danvan.js does for the CLI:
// `node bin/run-ts.js bench/run.ts [args…]` (used by `npm run bench`).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import { register } from 'tsx/esm/api';

// Collect garbage sooner rather than let the heap grow: an office server or a million-row import
// then stays within a few hundred megabytes (docs/performance.md). Read by V8 at each collection.
v8.setFlagsFromString('--optimize-for-size');

const [node, , entry, ...args] = process.argv;
if (!entry) {
  process.stderr.write('usage: node bin/run-ts.js FILE.ts [args…]\n');
  process.exit(2);
}
register();
const file = path.resolve(entry);
process.argv = [node, file, ...args];
await import(pathToFileURL(file).href);
