import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../platform/db/types.ts';
import { runFor } from '../../platform/http/context.ts';
import { CommuneParams, ItemParams } from '../../platform/http/params.ts';
import {
  FindingInput,
  FindingPatch,
  Inspection,
  InspectionInput,
  InspectionPatch,
  InspectionQuery,
} from './schema.ts';
import {
  addFinding,
  createInspection,
  getInspection,
  listInspections,
  updateFinding,
  updateInspection,
} from './service.ts';

const tags = ['inspections'];

export const inspectionRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (app, { db }) => {
  const run = runFor(db);
  app.get(
    '/api/communes/:communeId/inspections',
    {
      schema: {
        tags,
        params: CommuneParams,
        querystring: InspectionQuery,
        response: { 200: z.object({ items: z.array(Inspection) }) },
      },
    },
    async (req) => ({
      items: await run(req, (ctx) => listInspections(ctx, req.params.communeId, req.query)),
    }),
  );
  app.post(
    '/api/communes/:communeId/inspections',
    { schema: { tags, params: CommuneParams, body: InspectionInput, response: { 201: Inspection } } },
    async (req, reply) =>
      reply.status(201).send(await run(req, (ctx) => createInspection(ctx, req.params.communeId, req.body))),
  );
  app.get(
    '/api/communes/:communeId/inspections/:id',
    { schema: { tags, params: ItemParams, response: { 200: Inspection } } },
    async (req) => run(req, (ctx) => getInspection(ctx, req.params.communeId, req.params.id)),
  );
  app.patch(
    '/api/communes/:communeId/inspections/:id',
    { schema: { tags, params: ItemParams, body: InspectionPatch, response: { 200: Inspection } } },
    async (req) => run(req, (ctx) => updateInspection(ctx, req.params.communeId, req.params.id, req.body)),
  );
  app.post(
    '/api/communes/:communeId/inspections/:id/findings',
    { schema: { tags, params: ItemParams, body: FindingInput, response: { 200: Inspection } } },
    async (req) => run(req, (ctx) => addFinding(ctx, req.params.communeId, req.params.id, req.body)),
  );
  app.patch(
    '/api/communes/:communeId/inspections/:id/findings/:findingId',
    {
      schema: {
        tags,
        params: ItemParams.extend({ findingId: z.uuid() }),
        body: FindingPatch,
        response: { 200: Inspection },
      },
    },
    async (req) =>
      run(req, (ctx) =>
        updateFinding(ctx, req.params.communeId, req.params.id, req.params.findingId, req.body),
      ),
  );
};
