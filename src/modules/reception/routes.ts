import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../platform/db/types.ts';
import { runFor, runPublic } from '../../platform/http/context.ts';
import { CommuneParams } from '../../platform/http/params.ts';
import { PetitionReceipt, VisitPetitionInput } from '../petitions/schema.ts';
import { getCommune } from '../units/service.ts';
import { ScheduleEntry, ScheduleInput, Session, SessionInput, SessionQuery } from './schema.ts';
import {
  addSession,
  deleteScheduleEntry,
  deleteSession,
  getSession,
  listSchedule,
  listSessions,
  openPetitionFromVisit,
  saveScheduleEntry,
  updateSession,
} from './service.ts';

const IdParams = CommuneParams.extend({ id: z.uuid() });
const tags = ['reception'];

export const receptionRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (app, { db }) => {
  const run = runFor(db);
  const runPub = runPublic(db);

  app.get(
    '/api/communes/:communeId/reception/sessions',
    {
      schema: {
        tags,
        params: CommuneParams,
        querystring: SessionQuery,
        response: { 200: z.object({ items: z.array(Session), total: z.number() }) },
      },
    },
    async (req) => run(req, (ctx) => listSessions(ctx, req.params.communeId, req.query)),
  );
  app.post(
    '/api/communes/:communeId/reception/sessions',
    { schema: { tags, params: CommuneParams, body: SessionInput, response: { 201: Session } } },
    async (req, reply) =>
      reply.status(201).send(await run(req, (ctx) => addSession(ctx, req.params.communeId, req.body))),
  );
  app.get(
    '/api/communes/:communeId/reception/sessions/:id',
    { schema: { tags, params: IdParams, response: { 200: Session } } },
    async (req) => run(req, (ctx) => getSession(ctx, req.params.communeId, req.params.id)),
  );
  app.put(
    '/api/communes/:communeId/reception/sessions/:id',
    { schema: { tags, params: IdParams, body: SessionInput, response: { 200: Session } } },
    async (req) => run(req, (ctx) => updateSession(ctx, req.params.communeId, req.params.id, req.body)),
  );
  app.delete(
    '/api/communes/:communeId/reception/sessions/:id',
    { schema: { tags, params: IdParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await run(req, (ctx) => deleteSession(ctx, req.params.communeId, req.params.id));
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/communes/:communeId/reception/sessions/:id/petitions',
    { schema: { tags, params: IdParams, body: VisitPetitionInput, response: { 201: PetitionReceipt } } },
    async (req, reply) =>
      reply
        .status(201)
        .send(
          await run(req, (ctx) => openPetitionFromVisit(ctx, req.params.communeId, req.params.id, req.body)),
        ),
  );

  app.get(
    '/api/communes/:communeId/reception/schedule',
    {
      schema: { tags, params: CommuneParams, response: { 200: z.object({ items: z.array(ScheduleEntry) }) } },
    },
    async (req) => ({ items: await run(req, (ctx) => listSchedule(ctx, req.params.communeId)) }),
  );
  app.post(
    '/api/communes/:communeId/reception/schedule',
    { schema: { tags, params: CommuneParams, body: ScheduleInput, response: { 201: ScheduleEntry } } },
    async (req, reply) =>
      reply.status(201).send(await run(req, (ctx) => saveScheduleEntry(ctx, req.params.communeId, req.body))),
  );
  app.put(
    '/api/communes/:communeId/reception/schedule/:id',
    { schema: { tags, params: IdParams, body: ScheduleInput, response: { 200: ScheduleEntry } } },
    async (req) => run(req, (ctx) => saveScheduleEntry(ctx, req.params.communeId, req.body, req.params.id)),
  );
  app.delete(
    '/api/communes/:communeId/reception/schedule/:id',
    { schema: { tags, params: IdParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await run(req, (ctx) => deleteScheduleEntry(ctx, req.params.communeId, req.params.id));
      return reply.status(204).send(null);
    },
  );

  // Citizen portal: the published reception schedule (Luật Tiếp công dân 2013, art. 15).
  app.get(
    '/api/public/communes/:communeCode/reception/schedule',
    {
      config: { access: 'public' },
      schema: {
        tags: ['portal'],
        params: z.object({ communeCode: z.string().min(1).max(32) }),
        response: { 200: z.object({ items: z.array(ScheduleEntry) }) },
      },
    },
    async (req) =>
      runPub(req, async (ctx) => {
        const commune = await getCommune(ctx, { code: req.params.communeCode });
        return { items: await listSchedule(ctx, commune.id, { current: true, publishedOnly: true }) };
      }),
  );
};
