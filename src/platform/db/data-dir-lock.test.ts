import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holderOf, lockFileName, releaseDataDirLock, takeDataDirLock } from './data-dir-lock.ts';

describe('the PGlite data directory lock', () => {
  let dir: string;
  let other: ChildProcess;
  const lock = () => path.join(dir, lockFileName);
  const linux = existsSync('/proc/sys/kernel/random/boot_id');

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'danvan-lock-'));
    // Another live process, to stand for a running server.
    other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' });
  });
  afterAll(async () => {
    other.kill();
    await rm(dir, { recursive: true, force: true });
  });

  it('is taken by this process, taken again by it, and released', async () => {
    await takeDataDirLock(dir);
    expect(JSON.parse(await readFile(lock(), 'utf8'))).toMatchObject({ pid: process.pid });
    await takeDataDirLock(dir);
    await releaseDataDirLock(dir);
    expect(existsSync(lock())).toBe(false);
  });

  it('refuses, in Vietnamese, while the holder runs', async () => {
    await writeFile(lock(), JSON.stringify(holderOf(other.pid as number)));
    await expect(takeDataDirLock(dir)).rejects.toMatchObject({
      code: 'database_busy',
      userMessage: expect.stringContaining(`đang được tiến trình ${other.pid} sử dụng`),
    });
    // A lock file of an older version holds a bare pid; a running holder still counts.
    await writeFile(lock(), String(other.pid));
    await expect(takeDataDirLock(dir)).rejects.toMatchObject({ code: 'database_busy' });
  });

  it('takes over from a holder that has stopped', async () => {
    const gone = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    await new Promise((resolve) => gone.once('exit', resolve));
    await writeFile(lock(), JSON.stringify(holderOf(gone.pid as number)));
    await takeDataDirLock(dir);
    expect(JSON.parse(await readFile(lock(), 'utf8')).pid).toBe(process.pid);
    await releaseDataDirLock(dir);
  });

  it.runIf(linux)('takes over when the pid now belongs to another program or another boot', async () => {
    const running = holderOf(other.pid as number);
    // The same pid, started at another time: the server died and the pid was given out again.
    await writeFile(lock(), JSON.stringify({ ...running, started: '1' }));
    await takeDataDirLock(dir);
    await releaseDataDirLock(dir);
    // Written before a reboot.
    await writeFile(lock(), JSON.stringify({ ...running, boot: 'an-earlier-boot' }));
    await takeDataDirLock(dir);
    await releaseDataDirLock(dir);
  });
});
