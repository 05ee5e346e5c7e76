import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditRoutes } from './modules/audit/routes.ts';
import { calendarRoutes } from './modules/calendar/routes.ts';
import { democracyRoutes } from './modules/disclosure/democracy.ts';
import { intakeRoutes } from './modules/intake/routes.ts';
import { onestopImportRoutes } from './modules/onestop/import/routes.ts';
import { onestopRoutes } from './modules/onestop/routes.ts';
import { civicRoutes } from './modules/reception/civic.ts';
import { reportsPlugin } from './modules/reports/plugin.ts';
import { statsRoutes } from './modules/stats/routes.ts';
import { unitRoutes } from './modules/units/routes.ts';
import { authRoutes } from './platform/auth/routes.ts';
import type { Database } from './platform/db/types.ts';
import { registerAuthHook } from './platform/http/auth-hook.ts';
import { handleError } from './platform/http/errors.ts';
import './platform/validation.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const webDist = process.env.DANVAN_WEB_DIST
  ? path.resolve(process.env.DANVAN_WEB_DIST)
  : path.join(root, 'web', 'dist');

export interface ServerOptions {
  db: Database;
  secureCookies?: boolean;
  logLevel?: string;
}

/** Assembles the HTTP server from the platform and the modules. */
export async function buildServer({
  db,
  secureCookies = false,
  logLevel = 'info',
}: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: logLevel,
      redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'password', '*.password'],
    },
    genReqId: () => randomUUID(),
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        'img-src': ["'self'", 'data:', 'blob:'],
        // Offices open the app as http://<address>:3000; upgrading its assets to https breaks it.
        'upgrade-insecure-requests': null,
      },
    },
  });
  await app.register(cookie);
  // Per-route limits only (public portal writes); logins are limited in the database.
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: { info: { title: 'Dân Vận API', version: packageVersion() } },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { docExpansion: 'list' },
    staticCSP: true,
  });
  registerAuthHook(app, db);

  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['platform'],
        response: {
          200: z.object({
            status: z.literal('ok'),
            version: z.string(),
            database: z.object({ reachable: z.boolean(), backend: z.string(), version: z.string() }),
          }),
        },
      },
    },
    async () => {
      const [row] = await db.query<{ v: string }>("select current_setting('server_version') as v");
      return {
        status: 'ok' as const,
        version: packageVersion(),
        database: { reachable: true, backend: db.backend, version: row?.v ?? '' },
      };
    },
  );
  await app.register(authRoutes, { db, secureCookies });
  await app.register(unitRoutes, { db });
  await app.register(auditRoutes, { db });
  await app.register(calendarRoutes, { db });
  await app.register(statsRoutes, { db });
  await app.register(onestopRoutes, { db });
  await app.register(onestopImportRoutes, { db });
  await app.register(civicRoutes, { db });
  await app.register(democracyRoutes, { db });
  await app.register(reportsPlugin, { db });
  await app.register(intakeRoutes, { db });

  if (existsSync(webDist))
    await app.register(fastifyStatic, { root: webDist, wildcard: true, index: 'index.html' });
  app.setNotFoundHandler(async (request, reply) => {
    // The web app handles its own routes; /api answers JSON and a missing asset is a plain 404.
    const isPage = !request.url.startsWith('/api') && !request.url.startsWith('/assets/');
    if (request.method === 'GET' && isPage && existsSync(path.join(webDist, 'index.html'))) {
      return reply.type('text/html').send(await readFile(path.join(webDist, 'index.html')));
    }
    return reply
      .status(404)
      .send({ error: { code: 'not_found', message: 'Không tìm thấy địa chỉ này.', requestId: request.id } });
  });
  return app;
}

let version: string | undefined;
function packageVersion(): string {
  version ??= (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string })
    .version;
  return version;
}
