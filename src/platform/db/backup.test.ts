import { type ChildProcess, execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../modules/demo/load.ts';
import { demoCommunes } from '../../modules/demo/units.ts';
import { computeStats } from '../../modules/stats/service.ts';
import { freshDatabase } from '../../testing/database.ts';
import { factories } from '../../testing/factories.ts';
import { withContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { backup, restore } from './backup.ts';
import { tablesInDependencyOrder, transientTables } from './tables.ts';
import type { Database } from './types.ts';

const onPostgres = Boolean(process.env.DATABASE_URL);
const bin = fileURLToPath(new URL('../../../bin/danvan.js', import.meta.url));

// The demo writes its records around today; the period covers this year up to today.
const today = new Date().toISOString().slice(0, 10);
const period = { from: `${today.slice(0, 4)}-01-01`, to: today };

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Commands still running when a test gives up are killed, not left orphaned. */
const running = new Set<ChildProcess>();
const killRunning = () => {
  for (const child of running) child.kill('SIGKILL');
};

/** One `danvan` command as a child process on a PGlite data directory. */
function danvan(dataDir: string, ...args: string[]): Promise<Run> {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [bin, '--data', dataDir, ...args],
      { env, timeout: 540_000, killSignal: 'SIGKILL' },
      (err, stdout, stderr) => {
        running.delete(child);
        const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
    running.add(child);
  });
}

async function ok(dataDir: string, ...args: string[]): Promise<string> {
  const run = await danvan(dataDir, ...args);
  if (run.code !== 0) throw new Error(`danvan ${args.join(' ')} → ${run.code}\n${run.stderr}`);
  return run.stdout;
}

/** `communes --json` and `stats --json` for every commune, in one data directory (one at a time: the lock). */
async function observe(dataDir: string, codes: string[]) {
  const communes = JSON.parse(await ok(dataDir, 'communes', '--json'));
  const stats: Record<string, unknown> = {};
  for (const code of codes) {
    stats[code] = JSON.parse(
      await ok(dataDir, 'stats', '--commune', code, '--from', period.from, '--to', period.to, '--json'),
    );
  }
  return { communes, stats };
}

/** `path: before → after` for every leaf that differs, so a failure names the indicator. */
function differences(before: unknown, after: unknown, at = ''): string[] {
  if (before && after && typeof before === 'object' && typeof after === 'object') {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...keys].flatMap((k) =>
      differences(
        (before as Record<string, unknown>)[k],
        (after as Record<string, unknown>)[k],
        `${at}.${k}`,
      ),
    );
  }
  return Object.is(before, after) ? [] : [`${at}: ${JSON.stringify(before)} → ${JSON.stringify(after)}`];
}

/** A backup's rows, sorted (tables are read without ORDER BY), and its header without the timestamp. */
async function rowsOf(file: string): Promise<string[]> {
  const [header = '', ...rows] = gunzipSync(await readFile(file))
    .toString('utf8')
    .trim()
    .split('\n');
  const { createdAt: _, ...rest } = JSON.parse(header);
  return [JSON.stringify(rest), ...rows.sort()];
}

describe.skipIf(onPostgres)('danvan backup / restore through the CLI (PGlite)', () => {
  // Every command is a process that starts tsx and PGlite (~3 s each) and the demo costs ~40 s of
  // CPU; on a loaded machine all of it stretches several times, hence the generous timeouts. Few
  // commands, and the two data directories are read side by side.
  const codes = demoCommunes.map((c) => c.code).sort();
  let root = '';
  let a = '';
  let b = '';
  let file = '';
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'danvan-backup-'));
    a = path.join(root, 'a');
    b = path.join(root, 'b');
    file = path.join(root, 'danvan.jsonl.gz');
    await ok(a, 'demo');
  }, 600_000);
  afterAll(async () => {
    killRunning();
    await rm(root, { recursive: true, force: true });
  });

  it('backup then restore into an empty data directory gives the same stats', {
    timeout: 600_000,
  }, async () => {
    expect(await ok(a, 'backup', file)).toMatch(/^Đã sao lưu \d+ bản ghi/);
    // A is read while B is being restored: the two directories have their own locks.
    const [before, after] = await Promise.all([
      observe(a, codes),
      ok(b, 'restore', file).then((out) => {
        expect(out).toMatch(/Đã khôi phục bản sao lưu/);
        return observe(b, codes);
      }),
    ]);
    expect(before.communes.map((c: { code: string }) => c.code).sort()).toEqual(codes);
    expect(after.communes).toEqual(before.communes);
    expect(differences(before.stats, after.stats)).toEqual([]);
    expect(after.stats).toEqual(before.stats);
    // The comparison means something: every demo commune has indicators.
    for (const code of codes) {
      expect(Object.keys((before.stats[code] as { indicators: object }).indicators).length).toBeGreaterThan(
        0,
      );
    }
  });

  it('refuses a non-empty database, a corrupt file and a missing file with exit 1, changing nothing', {
    timeout: 600_000,
  }, async () => {
    const truncated = path.join(root, 'truncated.jsonl.gz');
    const whole = await readFile(file);
    await writeFile(truncated, whole.subarray(0, Math.floor(whole.length / 2)));
    for (const [f, message] of [
      [file, /^Lỗi: Cơ sở dữ liệu đích đã có dữ liệu: chỉ khôi phục vào cơ sở dữ liệu trống\.\n$/],
      [truncated, /^Lỗi: Tệp .* không phải bản sao lưu Dân Vận hợp lệ\.\n$/],
      [path.join(root, 'missing.jsonl.gz'), /^Lỗi: Không đọc được tệp .*\n$/],
    ] as const) {
      const run = await danvan(b, 'restore', f);
      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).toMatch(message);
    }
    // Every row of B still equals the backup it was restored from, once; and the lock was released.
    const again = path.join(root, 'b-again.jsonl.gz');
    await ok(b, 'backup', again);
    expect(await rowsOf(again)).toEqual(await rowsOf(file));
  });
});

describe.runIf(onPostgres)('backup / restore on PostgreSQL (in process)', () => {
  let source: Awaited<ReturnType<typeof freshDatabase>>;
  let target: Awaited<ReturnType<typeof freshDatabase>>;
  let root = '';
  beforeAll(async () => {
    [source, target] = await Promise.all([freshDatabase(), freshDatabase()]);
    root = await mkdtemp(path.join(tmpdir(), 'danvan-backup-'));
    await loadDemo(source.db, new Date());
  }, 600_000);
  afterAll(async () => {
    await Promise.all([source?.dispose(), target?.dispose()]);
    await rm(root, { recursive: true, force: true });
  });

  const statsOf = (db: Database) =>
    withContext(db, null, async (ctx) => {
      const out: Record<string, unknown> = {};
      for (const { code } of demoCommunes) {
        const { commune, ...rest } = await computeStats(ctx, { code }, period);
        out[code] = { commune: commune.code, ...rest };
      }
      return out;
    });

  it('backup then restore into an empty database gives the same stats', { timeout: 300_000 }, async () => {
    const file = path.join(root, 'danvan.jsonl.gz');
    const header = await backup(source.db, file);
    expect(header.tables.communes).toBe(demoCommunes.length);
    await restore(target.db, file);
    const [before, after] = await Promise.all([statsOf(source.db), statsOf(target.db)]);
    expect(differences(before, after)).toEqual([]);
    expect(after).toEqual(before);
    const again = path.join(root, 'again.jsonl.gz');
    await backup(target.db, again);
    expect(await rowsOf(again)).toEqual(await rowsOf(file));
  });

  it('refuses to restore into a non-empty database and changes nothing', { timeout: 300_000 }, async () => {
    const file = path.join(root, 'danvan.jsonl.gz');
    await expect(restore(target.db, file)).rejects.toMatchObject({
      code: 'conflict',
      userMessage: expect.stringMatching(/^Cơ sở dữ liệu đích đã có dữ liệu/),
    });
    const again = path.join(root, 'again2.jsonl.gz');
    await backup(target.db, again);
    expect(await rowsOf(again)).toEqual(await rowsOf(file));
  });
});

describe('restore of a damaged or an older backup file', () => {
  let empty: Awaited<ReturnType<typeof freshDatabase>>;
  let root = '';
  let lines: string[] = [];
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'danvan-backup-'));
    // A small valid backup to damage; then the database is emptied again to be the target.
    empty = await freshDatabase();
    const f = factories(empty.db);
    const p = await f.makeProvince();
    await f.makeCommune(p.code, { villages: ['Thôn Một', 'Thôn Hai', 'Thôn Ba'] });
    const file = path.join(root, 'good.jsonl.gz');
    await backup(empty.db, file);
    lines = gunzipSync(await readFile(file))
      .toString('utf8')
      .trim()
      .split('\n');
    const tables = (await tablesInDependencyOrder(empty.db)).filter((t) => !transientTables.has(t));
    await empty.db.exec(`truncate ${tables.map((t) => `"${t}"`).join(', ')} cascade`);
  }, 300_000);
  afterAll(async () => {
    await empty?.dispose();
    await rm(root, { recursive: true, force: true });
  });

  const write = async (name: string, content: Buffer | string) => {
    const file = path.join(root, name);
    await writeFile(file, content);
    return file;
  };
  const gz = (ls: string[]) => gzipSync(`${ls.join('\n')}\n`);

  it.each([
    ['not gzip at all', () => write('garbage.gz', 'this is not a backup')],
    ['gzip cut in the middle', async () => write('cut.gz', gz(lines).subarray(0, 40))],
    ['rows missing after a clean line break', () => write('short.gz', gz(lines.slice(0, -2)))],
    ['a line that is not JSON', () => write('json.gz', gz([...lines.slice(0, -1), '{"t":"villages","r":']))],
    ['another format', () => write('other.gz', gz([JSON.stringify({ format: 'other' }), ...lines.slice(1)]))],
    ['an empty file', () => write('empty.gz', gz([]))],
    ['a missing file', async () => path.join(root, 'nowhere.jsonl.gz')],
  ])('%s', async (_, make) => {
    const file = await make();
    const err = await restore(empty.db, file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'bad_input' });
    expect((err as AppError).userMessage).toMatch(/Tệp|tệp/);
  });

  it('a backup from a newer schema is refused', async () => {
    const header = JSON.parse(lines[0] ?? '{}');
    const file = await write(
      'newer.gz',
      gz([JSON.stringify({ ...header, schemaVersion: 9999 }), ...lines.slice(1)]),
    );
    await expect(restore(empty.db, file)).rejects.toMatchObject({
      code: 'bad_input',
      userMessage: expect.stringMatching(/mới hơn phần mềm/),
    });
  });

  it('left the target empty', async () => {
    for (const t of ['provinces', 'communes', 'villages', 'users', 'audit_log']) {
      expect(await empty.db.query(`select 1 from ${t} limit 1`), t).toEqual([]);
    }
  });

  it('a table whose rows point at rows further on in the same table restores', async () => {
    // Like petitions.repeated_of, past the 500-row batches: every row names the next as its parent.
    await empty.db.exec(
      'create table restore_probe (id int primary key, parent int references restore_probe (id))',
    );
    try {
      const header = JSON.parse(lines[0] ?? '{}');
      const n = 1200;
      const rows = Array.from({ length: n }, (_, i) =>
        JSON.stringify({ t: 'restore_probe', r: { id: i, parent: i + 1 < n ? i + 1 : null } }),
      );
      const file = await write(
        'self.gz',
        gz([JSON.stringify({ ...header, tables: { restore_probe: n } }), ...rows]),
      );
      await restore(empty.db, file);
      expect(await empty.db.query('select count(*)::int as n from restore_probe')).toEqual([{ n }]);
    } finally {
      await empty.db.exec('drop table restore_probe');
    }
  });

  it('a backup from an older schema restores, a column added since taking its default', async () => {
    // As if `communes.demo` (not null, default false) had come in a later migration.
    const header = JSON.parse(lines[0] ?? '{}');
    const older = lines.slice(1).map((line) => {
      const row = JSON.parse(line) as { t: string; r: Record<string, unknown> };
      if (row.t === 'communes') delete row.r.demo;
      return JSON.stringify(row);
    });
    const file = await write('older.gz', gz([JSON.stringify({ ...header, schemaVersion: 1 }), ...older]));
    await restore(empty.db, file);
    expect(await empty.db.query('select demo from communes')).toEqual([{ demo: false }]);
    expect(await empty.db.query('select name from villages order by name')).toHaveLength(3);
  });
});
