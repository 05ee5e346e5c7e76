import { readFileSync } from 'node:fs';
import { open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors.ts';

/**
 * One process at a time in a PGlite directory: PGlite is a single-user database and two writers
 * would corrupt it. The lock file names its holder by pid, boot and process start time, so that a
 * pid reused after a reboot, or by another program later, does not read as the holder still
 * running (a bare pid would lock the commune out after a power cut).
 */
export const lockFileName = 'danvan.lock';

interface Holder {
  pid: number;
  boot: string;
  started: string;
}

export async function takeDataDirLock(dataDir: string): Promise<void> {
  const file = path.join(dataDir, lockFileName);
  const me = holderOf(process.pid);
  // Created exclusively: of two processes starting together, one gets the file.
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(JSON.stringify(me));
      await handle.close();
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = parse(await readFile(file, 'utf8').catch(() => ''));
    if (holder?.pid === process.pid) return;
    if (holder && stillRunning(holder)) {
      throw new AppError(
        'database_busy',
        `Cơ sở dữ liệu ${dataDir} đang được tiến trình ${holder.pid} sử dụng. Hãy dừng máy chủ trước, hoặc dùng PostgreSQL (DATABASE_URL) để chạy nhiều tiến trình.`,
      );
    }
    await rm(file, { force: true });
  }
  throw new AppError('database_busy', `Không giữ được khóa ${file}: có tiến trình khác đang mở cùng lúc.`);
}

export async function releaseDataDirLock(dataDir: string): Promise<void> {
  await rm(path.join(dataDir, lockFileName), { force: true });
}

/** The lock's view of a process; boot and start time are empty where /proc is not available. */
export function holderOf(pid: number): Holder {
  return { pid, boot: bootId(), started: startTime(pid) ?? '' };
}

function stillRunning(holder: Holder): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    // EPERM: alive, but another user's process.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (holder.boot && bootId() && holder.boot !== bootId()) return false;
  const started = startTime(holder.pid);
  return !(holder.started && started && holder.started !== started);
}

/** Lock files written before the start time was recorded hold a bare pid. */
function parse(text: string): Holder | null {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) return { pid: Number(trimmed), boot: '', started: '' };
  try {
    const value = JSON.parse(trimmed) as Partial<Holder>;
    if (typeof value.pid !== 'number') return null;
    return { pid: value.pid, boot: String(value.boot ?? ''), started: String(value.started ?? '') };
  } catch {
    return null;
  }
}

function bootId(): string {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    return '';
  }
}

/** Field 22 of /proc/PID/stat: clock ticks since boot when the process started. */
function startTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses; fields resume after the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}
