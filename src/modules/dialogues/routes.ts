import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../platform/db/types.ts';
import { runFor } from '../../platform/http/context.ts';
import { CommuneParams } from '../../platform/http/params.ts';
import { Conference, ConferenceInput, ConferenceQuery, OpinionInput } from './schema.ts';
import { deleteConference, getConference, listConferences, saveConference, saveOpinion } from './service.ts';

const IdParams = CommuneParams.extend({ id: z.uuid() });
const tags = ['dialogues'];

export const dialogueRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (app, { db }) => {
  const run = runFor(db);

  app.get(
    '/api/communes/:communeId/dialogues',
    {
      schema: {
        tags,
        params: CommuneParams,
        querystring: ConferenceQuery,
        response: { 200: z.object({ items: z.array(Conference), total: z.number() }) },
      },
    },
    async (req) => run(req, (ctx) => listConferences(ctx, req.params.communeId, req.query)),
  );
  app.post(
    '/api/communes/:communeId/dialogues',
    { schema: { tags, params: CommuneParams, body: ConferenceInput, response: { 201: Conference } } },
    async (req, reply) =>
      reply.status(201).send(await run(req, (ctx) => saveConference(ctx, req.params.communeId, req.body))),
  );
  app.get(
    '/api/communes/:communeId/dialogues/:id',
    { schema: { tags, params: IdParams, response: { 200: Conference } } },
    async (req) => run(req, (ctx) => getConference(ctx, req.params.communeId, req.params.id)),
  );
  app.put(
    '/api/communes/:communeId/dialogues/:id',
    { schema: { tags, params: IdParams, body: ConferenceInput, response: { 200: Conference } } },
    async (req) => run(req, (ctx) => saveConference(ctx, req.params.communeId, req.body, req.params.id)),
  );
  app.delete(
    '/api/communes/:communeId/dialogues/:id',
    { schema: { tags, params: IdParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await run(req, (ctx) => deleteConference(ctx, req.params.communeId, req.params.id));
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/communes/:communeId/dialogues/:id/opinions',
    { schema: { tags, params: IdParams, body: OpinionInput, response: { 201: Conference } } },
    async (req, reply) =>
      reply
        .status(201)
        .send(await run(req, (ctx) => saveOpinion(ctx, req.params.communeId, req.params.id, req.body))),
  );
  app.put(
    '/api/communes/:communeId/dialogues/:id/opinions/:opinionId',
    {
      schema: {
        tags,
        params: IdParams.extend({ opinionId: z.uuid() }),
        body: OpinionInput,
        response: { 200: Conference },
      },
    },
    async (req) =>
      run(req, (ctx) =>
        saveOpinion(ctx, req.params.communeId, req.params.id, req.body, req.params.opinionId),
      ),
  );
};
