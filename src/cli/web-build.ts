import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds web/dist when it is missing or older than the web sources. */
export async function buildWebIfStale(): Promise<void> {
  const web = path.join(root, 'web');
  const built = path.join(web, 'dist', 'index.html');
  if (!existsSync(path.join(web, 'index.html'))) return;
  if (
    existsSync(built) &&
    statSync(built).mtimeMs >=
      Math.max(newestMtime(path.join(web, 'src')), statSync(path.join(web, 'index.html')).mtimeMs)
  ) {
    return;
  }
  console.log('Đang dựng giao diện web (lần đầu mất khoảng một phút)…');
  const { build } = await import('vite');
  await build({ configFile: path.join(web, 'vite.config.ts'), logLevel: 'warn' });
}
