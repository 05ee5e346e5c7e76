// `npm run bench` — the one-stop import and statistics benchmark (issue 4). Not a test.
//
// Generates a canonical dossier list (1,000,000 rows by default, --rows N) in a temporary
// directory, then for PGlite and, when DATABASE_URL is set, PostgreSQL — each in its own child
// process so peak memory is the import's own — measures:
//   - the import (stream → check → staging → merge): rows/s and peak RSS;
//   - a bare bulk insert of the same rows into a table of the same shape (`like dossiers`, with
//     its indexes and checks) in the same database: parsed by the same CSV reader, no checks,
//     written by the fastest plain statement we have (unnest of arrays, and multi-row VALUES);
//   - the import of the same file again (idempotent: nothing written);
//   - the period statistics (computeStats) against the same SQL run directly.
// Prints a Markdown table for docs/performance.md.

import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { runBackend } from './backend.ts';
import { generateCsv } from './generate.ts';

type Result = Awaited<ReturnType<typeof runBackend>>;

const here = path.dirname(fileURLToPath(import.meta.url));
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

if (arg('--prepare')) {
  const { preparePglite } = await import('./backend.ts');
  process.stdout.write(`${JSON.stringify(await preparePglite())}\n`);
  process.exit(0);
}

if (arg('--child')) {
  const { runBackend } = await import('./backend.ts');
  const prepared = arg('--prepared');
  const result = await runBackend({
    backend: arg('--child') as 'pglite' | 'postgres',
    file: arg('--file') as string,
    rows: Number(arg('--rows')),
    prepared: prepared ? JSON.parse(prepared) : undefined,
  });
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
}

const rows = Number(arg('--rows') ?? 1_000_000);
const only = arg('--backend');
const backends = (['pglite', 'postgres'] as const).filter(
  (b) => (!only || only === b) && (b === 'pglite' || process.env.DATABASE_URL),
);
const dir = await mkdtemp(path.join(tmpdir(), 'danvan-bench-'));
try {
  const file = path.join(dir, 'dossiers.csv');
  const t0 = performance.now();
  const bytes = await generateCsv(file, rows);
  log(
    `generated ${rows.toLocaleString('en')} rows, ${(bytes / 1e6).toFixed(1)} MB in ${ms(performance.now() - t0)}`,
  );
  const results = [];
  for (const backend of backends) {
    log(`— ${backend}`);
    results.push(await child(backend, file));
  }
  report(rows, bytes, results);
} finally {
  await rm(dir, { recursive: true, force: true });
}

async function child(backend: string, file: string): Promise<Result> {
  const env = { ...process.env };
  if (backend === 'pglite') delete env.DATABASE_URL;
  // PGlite's data directory is created by a process of its own (see preparePglite).
  const prepared = backend === 'pglite' ? ['--prepared', await node(['--prepare', 'pglite'], env)] : [];
  return JSON.parse(
    await node(['--child', backend, '--file', file, '--rows', String(rows), ...prepared], env),
  ) as Result;
}

/** Runs this script in a child process with `args`; resolves with the last line it printed. */
function node(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const proc = spawn(
    process.execPath,
    // The V8 flags bin/danvan.js runs with (its first line), so the figures are the command's.
    [
      '--expose-gc',
      '--max-semi-space-size=1',
      path.join(here, '..', 'bin', 'run-ts.js'),
      path.join(here, 'run.ts'),
      ...args,
    ],
    { env, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  proc.stdout.on('data', (d) => {
    out += d;
  });
  return new Promise((resolve, reject) => {
    proc.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`benchmark step ${args[0]} ${args[1]} exited with ${code}`));
      resolve(out.trim().split('\n').at(-1) as string);
    });
  });
}

function report(rows: number, bytes: number, results: Result[]) {
  const lines = [
    `Rows: ${rows.toLocaleString('en')} (${(bytes / 1e6).toFixed(0)} MB CSV). Node ${process.version}.`,
    '',
    '| backend | import rows/s | bare insert into dossiers rows/s | import ÷ bare | bare into a copy without FKs | RSS idle → import peak (+added) | re-import (0 written) | stats via computeStats (quarter / year) | same SQL direct | ratio |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    lines.push(
      `| ${r.backend} | ${fmt(r.import.rowsPerSecond)} (${ms(r.import.ms)}) | ${fmt(r.bare.rowsPerSecond)} (${ms(r.bare.ms)}) | ${pct(r.import.rowsPerSecond / r.bare.rowsPerSecond)} | ${fmt(r.bareCopy.rowsPerSecond)} (${pct(r.import.rowsPerSecond / r.bareCopy.rowsPerSecond)}) | ${mb(r.import.idleRss)} → ${mb(r.import.peakRss)} (+${mb(r.import.peakRss - r.import.idleRss)}) | ${ms(r.reimport.ms)}, ${r.reimport.inserted}+${r.reimport.updated} written | ${ms(r.stats.quarter.api)} / ${ms(r.stats.year.api)} | ${ms(r.stats.quarter.direct)} / ${ms(r.stats.year.direct)} | ${(r.stats.quarter.api / r.stats.quarter.direct).toFixed(2)} / ${(r.stats.year.api / r.stats.year.direct).toFixed(2)} |`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
  for (const r of results) process.stdout.write(`${r.backend}: ${JSON.stringify(r)}\n`);
}

function log(s: string) {
  process.stderr.write(`${s}\n`);
}
function ms(x: number) {
  return x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(0)} ms`;
}
function fmt(x: number) {
  return Math.round(x).toLocaleString('en');
}
function pct(x: number) {
  return `${(x * 100).toFixed(0)}%`;
}
function mb(x: number) {
  return `${(x / 1024 / 1024).toFixed(0)} MB`;
}
