import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../../bin/danvan.js', import.meta.url));

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

// The CLI runs on its own PGlite data directory; on a PostgreSQL run the HTTP tests cover the same.
describe.skipIf(Boolean(process.env.DATABASE_URL))('danvan calendar (PGlite)', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'danvan-calendar-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('prints the days off of 2026 as JSON', { timeout: 120_000 }, async () => {
    const run = await danvan(dir, 'calendar', 'holidays', '2026', '--json');
    expect(run.code, run.stderr).toBe(0);
    const days = JSON.parse(run.stdout) as { date: string; name: string }[];
    expect(Object.keys(days[0] ?? {})).toEqual(['date', 'name']);
    expect(days.filter((d) => d.name === 'Nghỉ Tết Nguyên đán').map((d) => d.date)).toEqual([
      '2026-02-14',
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
    ]);
    expect(days).toContainEqual({ date: '2026-01-01', name: 'Tết Dương lịch' });
    expect(days).toContainEqual({ date: '2026-04-27', name: 'Nghỉ bù Giỗ Tổ Hùng Vương' });
    expect(days).toContainEqual({ date: '2026-09-02', name: 'Quốc khánh' });
  });

  it('adds working days across the Tết break', { timeout: 120_000 }, async () => {
    // Thursday 12/02/2026: Friday 13/02 is the 1st; 14–22/02 are off; Monday 23/02 the 2nd, Tuesday 24/02 the 3rd.
    const run = await danvan(dir, 'calendar', 'add-working-days', '2026-02-12', '3', '--json');
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ date: '2026-02-24' });
    const human = await danvan(dir, 'calendar', 'add-working-days', '2026-02-12', '3');
    expect(human.stdout).toBe('12/02/2026 + 3 ngày làm việc = thứ Ba 24/02/2026\n');
  });

  it('refuses bad input with exit 1 and a Vietnamese message', { timeout: 120_000 }, async () => {
    for (const args of [
      ['holidays', '20x6'],
      ['add-working-days', '2026-02-30', '3'],
      ['add-working-days', '2026-02-12', '-1'],
    ]) {
      const run = await danvan(dir, 'calendar', ...args, '--json');
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stderr).toMatch(/^Lỗi: .*không hợp lệ/);
      expect(run.stdout).toBe('');
    }
  });
});
