import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../platform/db/types.ts';
import { runFor } from '../../platform/http/context.ts';
import { CommuneParams } from '../../platform/http/params.ts';
import { CaseInput, CaseQuery, MediationCase } from './schema.ts';
import { deleteCase, getCase, listCases, saveCase } from './service.ts';

const IdParams = CommuneParams.extend({ id: z.uuid() });
const tags = ['mediation'];

export const mediationRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (app, { db }) => {
  const run = runFor(db);

  app.get(
    '/api/communes/:communeId/mediation/cases',
    {
      schema: {
        tags,
        params: CommuneParams,
        querystring: CaseQuery,
        response: { 200: z.object({ items: z.array(MediationCase), total: z.number() }) },
      },
    },
    async (req) => run(req, (ctx) => listCases(ctx, req.params.communeId, req.query)),
  );
  app.post(
    '/api/communes/:communeId/mediation/cases',
    { schema: { tags, params: CommuneParams, body: CaseInput, response: { 201: MediationCase } } },
    async (req, reply) =>
      reply.status(201).send(await run(req, (ctx) => saveCase(ctx, req.params.communeId, req.body))),
  );
  app.get(
    '/api/communes/:communeId/mediation/cases/:id',
    { schema: { tags, params: IdParams, response: { 200: MediationCase } } },
    async (req) => run(req, (ctx) => getCase(ctx, req.params.communeId, req.params.id)),
  );
  app.put(
    '/api/communes/:communeId/mediation/cases/:id',
    { schema: { tags, params: IdParams, body: CaseInput, response: { 200: MediationCase } } },
    async (req) => run(req, (ctx) => saveCase(ctx, req.params.communeId, req.body, req.params.id)),
  );
  app.delete(
    '/api/communes/:communeId/mediation/cases/:id',
    { schema: { tags, params: IdParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await run(req, (ctx) => deleteCase(ctx, req.params.communeId, req.params.id));
      return reply.status(204).send(null);
    },
  );
};
