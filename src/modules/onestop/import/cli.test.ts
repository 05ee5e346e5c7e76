import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../platform/db/open.ts';
import { factories } from '../../../testing/factories.ts';
import { knownCounts, knownPeriod, knownRows, toCsv } from './fixtures.ts';

const bin = fileURLToPath(new URL('../../../../bin/danvan.js', import.meta.url));

function danvan(
  dataDir: string,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, '--data', dataDir, ...args], { env }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
    });
  });
}

// The CLI runs on its own PGlite data directory; on a PostgreSQL run the service and HTTP tests
// cover the same import.
describe.skipIf(Boolean(process.env.DATABASE_URL))('danvan import (PGlite)', () => {
  let dir = '';
  let communeCode = '';
  const file = (name: string) => path.join(dir, name);
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'danvan-import-'));
    const db = await openDatabase({ databaseUrl: undefined, dataDir: file('data') });
    const f = factories(db);
    communeCode = (await f.makeCommune((await f.makeProvince()).code)).code;
    await db.close();
    await writeFile(file('ho-so.csv'), toCsv(knownRows()));
    const bad = knownRows().map((r) => [`${r[0]}-B`, ...r.slice(1)]);
    (bad[9] as string[])[5] = '31/02/2025';
    await writeFile(file('loi.csv'), toCsv(bad));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('imports the canonical CSV; `danvan stats` then gives exactly the counts the file implies', {
    timeout: 600_000,
  }, async () => {
    const run = await danvan(
      file('data'),
      'import',
      'dossiers',
      file('ho-so.csv'),
      '--commune',
      communeCode,
      '--json',
    );
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      fileName: 'ho-so.csv',
      rows: 32,
      inserted: 32,
      updated: 0,
    });

    const stats = await danvan(
      file('data'),
      'stats',
      '--commune',
      communeCode,
      '--from',
      knownPeriod.from,
      '--to',
      knownPeriod.to,
      '--json',
    );
    expect(stats.code, stats.stderr).toBe(0);
    const { indicators } = JSON.parse(stats.stdout) as { indicators: Record<string, number> };
    for (const [key, value] of Object.entries(knownCounts))
      expect(indicators[key], key).toBeCloseTo(value, 12);

    const again = await danvan(
      file('data'),
      'import',
      'dossiers',
      file('ho-so.csv'),
      '--commune',
      communeCode,
    );
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('thêm mới 0, cập nhật 0, không đổi 32 hồ sơ');
    const same = await danvan(
      file('data'),
      'stats',
      '--commune',
      communeCode,
      '--from',
      knownPeriod.from,
      '--to',
      knownPeriod.to,
      '--json',
    );
    expect(JSON.parse(same.stdout).indicators).toEqual(indicators);
  });

  it('refuses a file with one bad date: exit code 1, the line named, nothing written', {
    timeout: 600_000,
  }, async () => {
    const run = await danvan(file('data'), 'import', 'dossiers', file('loi.csv'), '--commune', communeCode);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Dòng 11, cột "Ngày tiếp nhận": "31/02/2025" không phải ngày hợp lệ');
    const dry = await danvan(
      file('data'),
      'import',
      'dossiers',
      file('ho-so.csv'),
      '--commune',
      communeCode,
      '--dry-run',
    );
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('Chạy thử');
    const unknown = await danvan(
      file('data'),
      'import',
      'dossiers',
      file('ho-so.csv'),
      '--commune',
      'KHONG-CO',
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/không tồn tại/);
  });
});
