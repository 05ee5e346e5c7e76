import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../platform/db/types.ts';
import { runFor } from '../../platform/http/context.ts';
import { CommuneParams, ItemParams } from '../../platform/http/params.ts';
import { Official, OfficialInput, OfficialPatch, RatingInput, StaffTable, TrainingInput } from './schema.ts';
import {
  addTraining,
  createOfficial,
  getOfficial,
  getStaffTable,
  listOfficials,
  rateOfficial,
  updateOfficial,
} from './service.ts';

const tags = ['officials'];

export const officialRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (app, { db }) => {
  const run = runFor(db);
  app.get(
    '/api/communes/:communeId/officials',
    {
      schema: {
        tags,
        params: CommuneParams,
        querystring: z.object({
          q: z.string().trim().max(200).optional(),
          includeLeft: z
            .enum(['true', 'false'])
            .transform((v) => v === 'true')
            .optional(),
        }),
        response: { 200: z.object({ items: z.array(Official) }) },
      },
    },
    async (req) => ({ items: await run(req, (ctx) => listOfficials(ctx, req.params.communeId, req.query)) }),
  );
  app.post(
    '/api/communes/:communeId/officials',
    { schema: { tags, params: CommuneParams, body: OfficialInput, response: { 201: Official } } },
    async (req, reply) =>
      reply.status(201).send(await run(req, (ctx) => createOfficial(ctx, req.params.communeId, req.body))),
  );
  app.get(
    '/api/communes/:communeId/officials/:id',
    { schema: { tags, params: ItemParams, response: { 200: Official } } },
    async (req) => run(req, (ctx) => getOfficial(ctx, req.params.communeId, req.params.id)),
  );
  app.patch(
    '/api/communes/:communeId/officials/:id',
    { schema: { tags, params: ItemParams, body: OfficialPatch, response: { 200: Official } } },
    async (req) => run(req, (ctx) => updateOfficial(ctx, req.params.communeId, req.params.id, req.body)),
  );
  app.put(
    '/api/communes/:communeId/officials/:id/ratings',
    { schema: { tags, params: ItemParams, body: RatingInput, response: { 200: Official } } },
    async (req) => run(req, (ctx) => rateOfficial(ctx, req.params.communeId, req.params.id, req.body)),
  );
  app.post(
    '/api/communes/:communeId/officials/:id/trainings',
    { schema: { tags, params: ItemParams, body: TrainingInput, response: { 200: Official } } },
    async (req) => run(req, (ctx) => addTraining(ctx, req.params.communeId, req.params.id, req.body)),
  );
  app.get(
    '/api/communes/:communeId/staff-table',
    {
      schema: {
        tags,
        params: CommuneParams,
        querystring: z.object({
          date: z.iso.date().optional(),
          year: z.coerce.number().int().min(2000).max(2100).optional(),
        }),
        response: { 200: StaffTable },
      },
    },
    async (req) => run(req, (ctx) => getStaffTable(ctx, req.params.communeId, req.query)),
  );
};
