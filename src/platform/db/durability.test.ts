import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { factories } from '../../testing/factories.ts';
import { Client } from '../../testing/http.ts';
import { openDatabase } from './open.ts';

/**
 * Issue requirement: a server killed with SIGKILL while it is writing keeps, after restart, every
 * write it acknowledged, and the database opens cleanly. A real `danvan serve` process on a real
 * PGlite data directory; the test is the client.
 */
const bin = fileURLToPath(new URL('../../../bin/danvan.js', import.meta.url));

describe.skipIf(Boolean(process.env.DATABASE_URL))('embedded database (PGlite) after kill -9', () => {
  const servers: ChildProcess[] = [];
  let dir = '';
  afterAll(async () => {
    for (const s of servers) if (s.exitCode === null && s.signalCode === null) s.kill('SIGKILL');
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('keeps every acknowledged write and reopens cleanly', { timeout: 300_000 }, async () => {
    // Prepared in-process (one leader, no demo): the demo's scrypt hashing costs ~15 s.
    dir = await mkdtemp(path.join(tmpdir(), 'danvan-kill-'));
    const db = await openDatabase({ databaseUrl: undefined, dataDir: dir });
    const f = factories(db);
    const province = await f.makeProvince();
    const commune = await f.makeCommune(province.code, { villages: [] });
    const leader = await f.makeUser({ role: 'leader', communeCode: commune.code });
    await db.close();

    const first = await serve(dir);
    servers.push(first.child);
    const client = await new Client(first.url).login(leader.username);

    const acknowledged: string[] = [];
    const refused: string[] = [];
    let serial = 0;
    let pending = 0;
    let stopped = false;
    const lane = async (name: string) => {
      while (!stopped) {
        const village = `Thôn ${name}-${++serial}`;
        pending++;
        try {
          const res = await client.post(`/api/communes/${commune.id}/villages`, { name: village });
          if (res.status === 201) acknowledged.push(village);
          else refused.push(`${village}: ${res.status} ${JSON.stringify(res.body)}`);
        } catch {
          return; // the connection died with the server: not acknowledged
        } finally {
          pending--;
        }
      }
    };

    // One writer alone for a while, then four at once, and the kill lands among them.
    const lanes = [lane('a')];
    await until(() => acknowledged.length >= 15);
    lanes.push(lane('b'), lane('c'), lane('d'));
    await until(() => acknowledged.length >= 60);
    const inFlightAtKill = pending;
    first.child.kill('SIGKILL');
    await once(first.child, 'exit');
    stopped = true;
    await Promise.all(lanes);
    expect(inFlightAtKill).toBeGreaterThan(0);
    expect(refused).toEqual([]);
    expect(acknowledged.length).toBeGreaterThanOrEqual(60);

    // The lock file still names the dead process; it must not block the restart.
    expect(JSON.parse(await readFile(path.join(dir, 'danvan.lock'), 'utf8')).pid).toBe(first.child.pid);

    const second = await serve(dir);
    servers.push(second.child);
    const health = await fetch(`${second.url}/api/health`);
    expect(health.status).toBe(200);
    expect((await health.json()).database).toMatchObject({ reachable: true, backend: 'pglite' });

    const again = await new Client(second.url).login(leader.username);
    const detail = await again.get(`/api/communes/${commune.id}`);
    expect(detail.status).toBe(200);
    const names: string[] = detail.body.villages.map((v: { name: string }) => v.name);
    const lost = acknowledged.filter((v) => !names.includes(v));
    expect(lost).toEqual([]);
    // At most the writes in flight at the kill may have landed without an acknowledgement.
    expect(names.length - acknowledged.length).toBeLessThanOrEqual(lanes.length);

    // The reopened database takes writes, and a clean stop releases the lock.
    expect((await again.post(`/api/communes/${commune.id}/villages`, { name: 'Thôn Sau' })).status).toBe(201);
    second.child.kill('SIGTERM');
    const [code] = await once(second.child, 'exit');
    expect(code).toBe(0);
    expect(existsSync(path.join(dir, 'danvan.lock'))).toBe(false);
  });
});

/** Starts `danvan serve` on a free port and waits until its health endpoint answers. */
async function serve(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn', HOST: '127.0.0.1' };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [bin, '--data', dataDir, 'serve', '--port', String(port)], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`danvan serve exited ${child.exitCode}:\n${output}`);
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { child, url };
    await sleep(100);
  }
  child.kill('SIGKILL');
  throw new Error(`danvan serve did not answer within 240 s:\n${output}`);
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  server.close();
  await once(server, 'close');
  return port;
}

async function until(condition: () => boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for writes');
    await sleep(5);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
