#!/usr/bin/env node
// The `danvan` command. Sources are TypeScript run through tsx, so there is no build step
// between a clone and a working CLI or server.
import v8 from 'node:v8';
import { register } from 'tsx/esm/api';

// Collect garbage sooner rather than let the heap grow: an office server or a million-row import
// then stays within a few hundred megabytes (docs/performance.md). Read by V8 at each collection.
v8.setFlagsFromString('--optimize-for-size');

register();
await import('../src/cli/main.ts');
