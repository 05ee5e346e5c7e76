import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
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
describe.skipIf(Boolean(process.env.DATABASE_URL))('danvan report (PGlite)', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'danvan-report-'));
    expect((await danvan(dir, 'units', 'add', 'Tỉnh Thử', '--province', 'PT')).code).toBe(0);
    expect((await danvan(dir, 'units', 'add', 'Xã Thử', '--commune', 'XT', '--province', 'PT')).code).toBe(0);
  }, 240_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('writes a draft DOCX, and with --save keeps it as a draft to edit on screen', {
    timeout: 240_000,
  }, async () => {
    const out = path.join(dir, 'bao-cao.docx');
    const run = await danvan(
      dir,
      'report',
      'dan-van',
      '--commune',
      'XT',
      '--period',
      '2025-H1',
      '--out',
      out,
      '--save',
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /Đã lập dự thảo báo cáo Kết quả thực hiện công tác dân vận chính quyền 6 tháng đầu năm 2025 của Xã Thử/,
    );
    expect(run.stdout).toMatch(/Đã lưu dự thảo \(phiên bản 1\)/);
    const { value } = await mammoth.extractRawText({ buffer: await readFile(out) });
    expect(value).toContain('XÃ THỬ');
    // One open draft per period: saving again is refused with the reason; composing only still works.
    const again = await danvan(
      dir,
      'report',
      'dan-van',
      '--commune',
      'XT',
      '--period',
      '2025-H1',
      '--out',
      out,
      '--save',
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/Đã có dự thảo/);
    const other = path.join(dir, 'cchc.docx');
    const custom = await danvan(
      dir,
      'report',
      'cchc',
      '--commune',
      'XT',
      '--from',
      '2025-01-01',
      '--to',
      '2025-03-31',
      '--out',
      other,
    );
    expect(custom.code, custom.stderr).toBe(0);
    expect(existsSync(other)).toBe(true);
    const bad = await danvan(
      dir,
      'report',
      'tong-hop',
      '--commune',
      'XT',
      '--period',
      '2025',
      '--out',
      other,
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/Loại báo cáo "tong-hop" không có/);
  });
});
