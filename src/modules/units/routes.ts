import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../platform/db/types.ts';
import { runFor, runPublic } from '../../platform/http/context.ts';
import {
  Commune,
  CommuneDetail,
  PublicCommune,
  PublicCommuneDetail,
  Village,
  VillageInput,
} from './schema.ts';
import { addVillage, getCommune, listCommunes } from './service.ts';

const IdParams = z.object({ id: z.uuid() });

export const unitRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (app, { db }) => {
  const run = runFor(db);
  const runPub = runPublic(db);

  app.get(
    '/api/communes',
    { schema: { tags: ['units'], response: { 200: z.object({ items: z.array(Commune) }) } } },
    async (request) => ({
      items: await run(request, listCommunes),
    }),
  );

  app.get(
    '/api/communes/:id',
    { schema: { tags: ['units'], params: IdParams, response: { 200: CommuneDetail } } },
    async (request) => run(request, (ctx) => getCommune(ctx, { id: request.params.id })),
  );

  app.post(
    '/api/communes/:id/villages',
    { schema: { tags: ['units'], params: IdParams, body: VillageInput, response: { 201: Village } } },
    async (request, reply) => {
      const village = await run(request, (ctx) => addVillage(ctx, request.params.id, request.body.name));
      return reply.status(201).send(village);
    },
  );

  app.get(
    '/api/public/communes',
    {
      config: { access: 'public' },
      schema: { tags: ['portal'], response: { 200: z.object({ items: z.array(PublicCommune) }) } },
    },
    async (request) => ({ items: await runPub(request, listCommunes) }),
  );

  app.get(
    '/api/public/communes/:code',
    {
      config: { access: 'public' },
      schema: {
        tags: ['portal'],
        params: z.object({ code: z.string().min(1).max(32) }),
        response: { 200: PublicCommuneDetail },
      },
    },
    async (request) => runPub(request, (ctx) => getCommune(ctx, { code: request.params.code })),
  );
};
