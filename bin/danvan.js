#!/usr/bin/env -S node --max-semi-space-size=1
// The `danvan` command. Sources are TypeScript run through tsx, so there is no build step
// between a clone and a working CLI or server.
import v8 from 'node:v8';
import { register } from 'tsx/esm/api';

// Collect garbage sooner rather than let the heap grow: an office server or a million-row import
// then stays within a few hundred megabytes (docs/performance.md). Read by V8 at each collection.
// The young generation's size is fixed when V8 starts, so `--max-semi-space-size=1` is given on the
// command line instead: in the line above and in package.json's scripts.
v8.setFlagsFromString('--optimize-for-size');

register();
await import('../src/cli/main.ts');
