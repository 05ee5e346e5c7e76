import { createHash, randomBytes } from 'node:crypto';
import type { Actor } from '../context.ts';
import type { Queryable } from '../db/types.ts';

export const sessionCookie = 'danvan_session';
export const sessionDays = 14;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface Session {
  actor: Actor;
  csrfToken: string;
}

export async function createSession(db: Queryable, userId: string, now: Date) {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + sessionDays * 86_400_000);
  await db.query(
    'insert into sessions (token_hash, user_id, csrf_token, expires_at) values ($1, $2, $3, $4)',
    [hashToken(token), userId, csrfToken, expiresAt],
  );
  return { token, csrfToken, expiresAt };
}

/** The session behind a cookie token, if it exists, has not expired and its user is active. */
export async function findSession(db: Queryable, token: string, now: Date): Promise<Session | undefined> {
  const [row] = await db.query<Actor & { csrfToken: string }>(
    `select u.id, u.username, u.full_name as "fullName", u.role, u.duties, u.commune_id as "communeId",
       u.province_id as "provinceId", s.csrf_token as "csrfToken"
     from sessions s join users u on u.id = s.user_id
     where s.token_hash = $1 and s.expires_at > $2 and u.active`,
    [hashToken(token), now],
  );
  if (!row) return undefined;
  const { csrfToken, ...actor } = row;
  return { actor, csrfToken };
}

export async function deleteSession(db: Queryable, token: string): Promise<void> {
  await db.query('delete from sessions where token_hash = $1', [hashToken(token)]);
}

/** After a password change every other session of the user ends. */
export async function deleteOtherSessions(db: Queryable, userId: string, keepToken: string): Promise<void> {
  await db.query('delete from sessions where user_id = $1 and token_hash <> $2', [
    userId,
    hashToken(keepToken),
  ]);
}
