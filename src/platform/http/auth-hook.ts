import type { FastifyInstance, FastifyRequest } from 'fastify';
import { findSession, sessionCookie } from '../auth/sessions.ts';
import type { Actor } from '../context.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../errors.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    csrfToken: string | null;
  }
  interface FastifyContextConfig {
    /** 'public' routes need no session (citizen portal, login, health, docs). */
    access?: 'public' | 'user';
  }
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Loads the session from the cookie, then refuses: 401 when a protected route has no session,
 * 403 when a cookie-authenticated write lacks the session's CSRF token (header x-csrf-token).
 */
export function registerAuthHook(app: FastifyInstance, db: Database) {
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);
  app.addHook('onRequest', async (request: FastifyRequest) => {
    const token = request.cookies[sessionCookie];
    if (token) {
      const session = await findSession(db, token, new Date());
      if (session) {
        request.actor = session.actor;
        request.csrfToken = session.csrfToken;
      }
    }
    const isPublic =
      request.routeOptions.config?.access === 'public' ||
      !request.url.startsWith('/api/') ||
      request.url.startsWith('/api/docs');
    // Unknown routes (and the static files' catch-all, which ends in the not-found handler) answer 404 whoever asks.
    if (isPublic || request.is404 || request.routeOptions.url === '/*') return;
    if (!request.actor) throw new AppError('unauthenticated', 'Bạn cần đăng nhập.');
    if (!safeMethods.has(request.method) && request.headers['x-csrf-token'] !== request.csrfToken) {
      throw new AppError('csrf', 'Thiếu hoặc sai mã chống giả mạo (CSRF). Hãy tải lại trang và thử lại.');
    }
  });
}
