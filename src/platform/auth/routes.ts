import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LoginInput, PasswordChangeInput, User } from '../../modules/users/schema.ts';
import { changePassword } from '../../modules/users/service.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../errors.ts';
import { runFor } from '../http/context.ts';
import {
  clearLoginFailures,
  isLoginBlocked,
  loginLimitWindowMinutes,
  recordLoginFailure,
} from './login-limit.ts';
import { verifyPassword } from './passwords.ts';
import { createSession, deleteOtherSessions, deleteSession, sessionCookie } from './sessions.ts';

const SessionOut = z.object({ user: User, csrfToken: z.string() });

export const authRoutes: FastifyPluginAsyncZod<{ db: Database; secureCookies: boolean }> = async (
  app,
  { db, secureCookies },
) => {
  const run = runFor(db);
  const cookieOptions = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: secureCookies };

  app.post(
    '/api/auth/login',
    {
      config: { access: 'public' },
      schema: { tags: ['auth'], body: LoginInput, response: { 200: SessionOut } },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      const now = new Date();
      if (await isLoginBlocked(db, username, request.ip, now)) {
        throw new AppError(
          'rate_limited',
          `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${loginLimitWindowMinutes} phút.`,
        );
      }
      const [row] = await db.query<User & { hash: string; active: boolean }>(
        `select id, username, full_name as "fullName", position, role, duties, commune_id as "communeId",
           province_id as "provinceId", password_hash as hash, active from users where username = $1`,
        [username],
      );
      if (!row?.active || !(await verifyPassword(password, row.hash))) {
        await recordLoginFailure(db, username, request.ip, now);
        throw new AppError('unauthenticated', 'Sai tên đăng nhập hoặc mật khẩu.');
      }
      await clearLoginFailures(db, username);
      const session = await createSession(db, row.id, now);
      reply.setCookie(sessionCookie, session.token, { ...cookieOptions, expires: session.expiresAt });
      return { user: User.parse(row), csrfToken: session.csrfToken };
    },
  );

  app.get('/api/auth/me', { schema: { tags: ['auth'], response: { 200: SessionOut } } }, async (request) => {
    const [row] = await run(request, (ctx) =>
      ctx.tx.query<User>(
        `select id, username, full_name as "fullName", position, role, duties, commune_id as "communeId",
           province_id as "provinceId" from users where id = $1`,
        [ctx.actor?.id],
      ),
    );
    return { user: User.parse(row), csrfToken: request.csrfToken ?? '' };
  });

  app.post('/api/auth/logout', { schema: { tags: ['auth'] } }, async (request, reply) => {
    const token = request.cookies[sessionCookie];
    if (token) await deleteSession(db, token);
    reply.clearCookie(sessionCookie, { path: '/' });
    return reply.status(204).send();
  });

  app.post(
    '/api/auth/password',
    { schema: { tags: ['auth'], body: PasswordChangeInput } },
    async (request, reply) => {
      await run(request, (ctx) =>
        changePassword(ctx, request.body.currentPassword, request.body.newPassword),
      );
      await deleteOtherSessions(db, request.actor?.id ?? '', request.cookies[sessionCookie] ?? '');
      return reply.status(204).send();
    },
  );
};
