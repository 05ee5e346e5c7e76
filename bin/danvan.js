#!/usr/bin/env node
// The `danvan` command. Sources are TypeScript run through tsx, so there is no build step
// between a clone and a working CLI or server.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
