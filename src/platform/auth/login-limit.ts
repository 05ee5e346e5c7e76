import type { Queryable } from '../db/types.ts';

// Failed attempts counted in the database so every server process sees the same count.
const windowMinutes = 15;
const perUsername = 5;
const perIp = 30;

export async function isLoginBlocked(
  db: Queryable,
  username: string,
  ip: string,
  now: Date,
): Promise<boolean> {
  const since = new Date(now.getTime() - windowMinutes * 60_000);
  const [row] = await db.query<{ byUser: number; byIp: number }>(
    `select count(*) filter (where username = $1)::int as "byUser", count(*) filter (where ip = $2)::int as "byIp"
     from login_failures where at > $3 and (username = $1 or ip = $2)`,
    [username, ip, since],
  );
  return (row?.byUser ?? 0) >= perUsername || (row?.byIp ?? 0) >= perIp;
}

export async function recordLoginFailure(
  db: Queryable,
  username: string,
  ip: string,
  now: Date,
): Promise<void> {
  await db.query('insert into login_failures (username, ip, at) values ($1, $2, $3)', [username, ip, now]);
  await db.query('delete from login_failures where at < $1', [new Date(now.getTime() - 86_400_000)]);
}

export async function clearLoginFailures(db: Queryable, username: string): Promise<void> {
  await db.query('delete from login_failures where username = $1', [username]);
}

export const loginLimitWindowMinutes = windowMinutes;
