// One backend's measurements, run in a child process of bench/run.ts.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importDossiers } from '../src/modules/onestop/import/dossiers-import.ts';
import { readTable } from '../src/modules/onestop/import/reader.ts';
import { onestopSql } from '../src/modules/onestop/indicators.ts';
import { saveProcedure } from '../src/modules/onestop/procedures.ts';
import { computeStats } from '../src/modules/stats/service.ts';
import { withContext } from '../src/platform/context.ts';
import { openDatabase } from '../src/platform/db/open.ts';
import type { Database, Queryable } from '../src/platform/db/types.ts';
import { freshDatabase } from '../src/testing/database.ts';
import { factories } from '../src/testing/factories.ts';
import { benchProcedures } from './generate.ts';

const log = (s: string) => process.stderr.write(`  ${s}\n`);

/** Resident set size sampled every 20 ms (the WASM heap of PGlite included). */
function sampler() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage().rss);
    },
  };
}

async function timed<T>(
  label: string,
  fn: () => Promise<T>,
): Promise<{ ms: number; value: T; peakRss: number }> {
  const s = sampler();
  const t0 = performance.now();
  const value = await fn();
  const ms = performance.now() - t0;
  const peakRss = s.stop();
  log(`${label}: ${(ms / 1000).toFixed(1)} s, peak RSS ${(peakRss / 1048576).toFixed(0)} MB`);
  return { ms, value, peakRss };
}

/** Two communes (the measured one and the bare-insert twin) with the same catalogue. */
async function populate(db: Database): Promise<Communes> {
  const f = factories(db);
  const province = await f.makeProvince({ name: 'Tỉnh Đo' });
  const commune = await f.makeCommune(province.code, { name: 'Xã Đo' });
  // The bare insert writes the same rows for a second commune with the same catalogue.
  const twin = await f.makeCommune(province.code, { name: 'Xã Đối Chứng' });
  await withContext(db, null, async (ctx) => {
    for (const c of [commune, twin]) {
      for (const [code, name, sector, processingDays] of benchProcedures) {
        await saveProcedure(ctx, c.id, { code, name, sector, processingDays });
      }
    }
  });
  return { commune: { id: commune.id }, twin: { id: twin.id } };
}

interface Communes {
  commune: { id: string };
  twin: { id: string };
}

/** A PGlite data directory, populated, for the process that measures (see bench/run.ts). */
export interface PreparedDir extends Communes {
  dataDir: string;
}

/**
 * Creates and populates a PGlite data directory, in a process of its own: creating a cluster
 * (initdb) grows the WASM heap far beyond what an office's server process, which opens an existing
 * data directory, ever holds, and a process never gets that memory back.
 */
export async function preparePglite(): Promise<PreparedDir> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'danvan-bench-db-'));
  const db = await openDatabase({ databaseUrl: undefined, dataDir });
  try {
    return { dataDir, ...(await populate(db)) };
  } finally {
    await db.close();
  }
}

async function open(prepared: PreparedDir | undefined) {
  if (!prepared) {
    const { db, dispose } = await freshDatabase();
    return { db, dispose, ...(await populate(db)) };
  }
  const db = await openDatabase({ databaseUrl: undefined, dataDir: prepared.dataDir });
  const dispose = async () => {
    await db.close();
    await rm(prepared.dataDir, { recursive: true, force: true });
  };
  return { db, dispose, commune: prepared.commune, twin: prepared.twin };
}

export async function runBackend(o: {
  backend: 'pglite' | 'postgres';
  file: string;
  rows: number;
  /** PGlite: the data directory made by preparePglite in another process. */
  prepared?: PreparedDir;
}) {
  const { db, dispose, commune, twin } = await open(o.prepared);
  try {
    // What the process holds with the database open and idle, before any import.
    (globalThis as { gc?: () => void }).gc?.();
    await new Promise((r) => setTimeout(r, 200));
    const idleRss = process.memoryUsage().rss;
    log(`idle RSS with the database open: ${(idleRss / 1048576).toFixed(0)} MB`);
    const totalBytes = (await stat(o.file)).size;
    const asOf = new Date('2026-01-15T03:00:00Z');

    let lastLog = 0;
    const imported = await timed('import', () =>
      withContext(
        db,
        null,
        (ctx) =>
          importDossiers(
            ctx,
            commune.id,
            { input: o.file, totalBytes, fileName: 'dossiers.csv' },
            {
              onProgress: (p) => {
                if (performance.now() - lastLog > 10_000 || p.phase !== 'reading') {
                  lastLog = performance.now();
                  log(
                    `  ${p.phase} ${p.rows.toLocaleString('en')} rows, ${((100 * p.bytes) / totalBytes).toFixed(0)}%`,
                  );
                }
              },
            },
          ),
        { asOf },
      ),
    );
    const maxRss = process.resourceUsage().maxRSS * 1024;
    if (imported.value.inserted !== o.rows)
      throw new Error(`imported ${imported.value.inserted} of ${o.rows}`);

    const bare = await timed('bare insert into dossiers', () => bareInsert(db, twin.id, o.file, 'dossiers'));
    const bareCopy = await timed('bare insert into a copy without foreign keys', () =>
      bareInsert(db, twin.id, o.file, 'copy'),
    );

    const reimport = await timed('re-import', () =>
      withContext(db, null, (ctx) => importDossiers(ctx, commune.id, { input: o.file, totalBytes }), {
        asOf,
      }),
    );

    const stats = {
      quarter: await statsTimes(db, commune.id, { from: '2025-01-01', to: '2025-03-31' }),
      year: await statsTimes(db, commune.id, { from: '2025-01-01', to: '2025-12-31' }),
    };
    log(`stats quarter ${JSON.stringify(stats.quarter)}, year ${JSON.stringify(stats.year)}`);

    const rate = (rows: number, ms: number) => (rows / ms) * 1000;
    return {
      backend: o.backend,
      rows: o.rows,
      import: {
        ms: imported.ms,
        rowsPerSecond: rate(o.rows, imported.ms),
        idleRss,
        peakRss: imported.peakRss,
        maxRss,
      },
      bare: { ms: bare.ms, rowsPerSecond: rate(o.rows, bare.ms), peakRss: bare.peakRss },
      bareCopy: { ms: bareCopy.ms, rowsPerSecond: rate(o.rows, bareCopy.ms), peakRss: bareCopy.peakRss },
      reimport: { ms: reimport.ms, inserted: reimport.value.inserted, updated: reimport.value.updated },
      stats,
    };
  } finally {
    await dispose();
  }
}

/** Median of five runs each: computeStats (context, row-level security, every provider) and the bare SQL. */
async function statsTimes(db: Database, communeId: string, period: { from: string; to: string }) {
  const median = async (fn: () => Promise<unknown>) => {
    const times: number[] = [];
    await fn(); // warm-up
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      await fn();
      times.push(performance.now() - t0);
    }
    return times.sort((a, b) => a - b)[2] as number;
  };
  const api = await median(() =>
    withContext(db, null, (ctx) => computeStats(ctx, { id: communeId }, period)),
  );
  const direct = await median(() => db.query(onestopSql, [communeId, period.from, period.to]));
  return { api, direct };
}

const channels: Record<string, string> = {
  'Trực tiếp': 'direct',
  'Trực tuyến': 'online',
  'Bưu chính công ích': 'postal',
};
const statuses: Record<string, string> = {
  'Đã trả kết quả': 'returned',
  'Đang xử lý': 'processing',
  'Công dân rút hồ sơ': 'withdrawn',
  'Từ chối': 'rejected',
};
const iso = (dmy: string) => `${dmy.slice(6, 10)}-${dmy.slice(3, 5)}-${dmy.slice(0, 2)}`;
const columns = [
  'commune_id',
  'code',
  'procedure_id',
  'procedure_code',
  'procedure_name',
  'sector',
  'channel',
  'status',
  'received_at',
  'received_date',
  'due_date',
  'original_due_date',
  'returned_date',
  'withdrawn_date',
  'rejected_date',
  'source',
  'lookup_key',
  'search_text',
];
const types = [
  'uuid',
  'text',
  'uuid',
  'text',
  'text',
  'text',
  'text',
  'text',
  'timestamptz',
  'date',
  'date',
  'date',
  'date',
  'date',
  'date',
  'text',
  'text',
  'text',
];

/**
 * The baseline: the same file through the same CSV reader and the same values, with no checks,
 * no staging and no row-level security (database owner), in one transaction, batches of 5,000 rows
 * as one `unnest` of arrays (measured faster than multi-row VALUES on both backends). Into
 * `dossiers` itself for a twin commune (same table: its indexes, checks and foreign keys), or into
 * a copy `like dossiers including all` (indexes and checks, no foreign keys).
 */
async function bareInsert(db: Database, communeId: string, file: string, into: 'dossiers' | 'copy') {
  const table = into === 'dossiers' ? 'dossiers' : 'bench_bare';
  if (into === 'copy')
    await db.exec('drop table if exists bench_bare; create table bench_bare (like dossiers including all)');
  const procedures = new Map(
    (
      await db.query<{ code: string; id: string }>('select code, id from procedures where commune_id = $1', [
        communeId,
      ])
    ).map((p) => [p.code, p.id]),
  );
  await db.transaction(async (tx) => {
    const batch: unknown[][] = columns.map(() => []);
    let header = true;
    for await (const rows of readTable({ input: file })) {
      for (const { cells } of rows) {
        if (header) {
          header = false;
          continue;
        }
        const [
          code = '',
          pcode = '',
          pname = '',
          sector,
          channel = '',
          received = '',
          due = '',
          returned,
          status = '',
        ] = cells;
        const st = statuses[status] as string;
        const receivedDate = iso(received);
        const closed = returned
          ? iso(returned)
          : st === 'withdrawn' || st === 'rejected'
            ? receivedDate
            : null;
        const row = [
          communeId,
          code,
          procedures.get(pcode) ?? null,
          pcode,
          pname,
          sector,
          channels[channel],
          st,
          `${receivedDate}T${received.length > 10 ? `${received.slice(11)}:00` : '00:00:00'}+07:00`,
          receivedDate,
          iso(due),
          iso(due),
          st === 'returned' ? closed : null,
          st === 'withdrawn' ? closed : null,
          st === 'rejected' ? closed : null,
          'import',
          'AAAAAA',
          `${code} ${pname}`.toLowerCase(),
        ];
        for (let i = 0; i < row.length; i++) batch[i]?.push(row[i]);
        if ((batch[0]?.length ?? 0) >= 5000) await flush(tx, table, batch);
      }
    }
    await flush(tx, table, batch);
  });
  const [n] = await db.query<{ n: number }>(`select count(*)::int as n from ${table} where commune_id = $1`, [
    communeId,
  ]);
  if (into === 'copy') await db.exec('drop table bench_bare');
  else await db.query('delete from dossiers where commune_id = $1', [communeId]);
  return n?.n;
}

async function flush(tx: Queryable, table: string, batch: unknown[][]) {
  if ((batch[0]?.length ?? 0) === 0) return;
  await tx.query(
    `insert into ${table} (${columns.join(', ')}) select * from unnest(${types.map((t, i) => `$${i + 1}::${t}[]`).join(', ')})`,
    batch,
  );
  for (const column of batch) column.length = 0;
}
