import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../platform/db/types.ts';
import { runFor } from '../../platform/http/context.ts';
import { CommuneParams, ItemParams } from '../../platform/http/params.ts';
import { sendFile, UPLOAD_BODY_LIMIT } from '../documents/files.ts';
import {
  addCommendation,
  addInitiativePhoto,
  createInitiative,
  getInitiative,
  getInitiativePhoto,
  listInitiatives,
  registerInitiative,
  updateInitiative,
} from './initiatives.ts';
import {
  createEntry,
  createMovement,
  getEntry,
  getMovement,
  listEntries,
  listMovements,
  updateEntry,
  updateMovement,
} from './movements.ts';
import {
  CommendationInput,
  CommunicationEntry,
  CommunicationInput,
  CommunicationPatch,
  Initiative,
  InitiativeInput,
  InitiativePatch,
  InitiativeQuery,
  Movement,
  MovementInput,
  MovementPatch,
  PeriodQuery,
  PhotoInput,
  RegistrationInput,
} from './schema.ts';

const tags = ['initiatives'];

export const initiativeRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (app, { db }) => {
  const run = runFor(db);

  app.get(
    '/api/communes/:communeId/initiatives',
    {
      schema: {
        tags,
        params: CommuneParams,
        querystring: InitiativeQuery,
        response: { 200: z.object({ items: z.array(Initiative) }) },
      },
    },
    async (req) => ({
      items: await run(req, (ctx) => listInitiatives(ctx, req.params.communeId, req.query)),
    }),
  );
  app.post(
    '/api/communes/:communeId/initiatives',
    { schema: { tags, params: CommuneParams, body: InitiativeInput, response: { 201: Initiative } } },
    async (req, reply) =>
      reply.status(201).send(await run(req, (ctx) => createInitiative(ctx, req.params.communeId, req.body))),
  );
  app.get(
    '/api/communes/:communeId/initiatives/:id',
    { schema: { tags, params: ItemParams, response: { 200: Initiative } } },
    async (req) => run(req, (ctx) => getInitiative(ctx, req.params.communeId, req.params.id)),
  );
  app.patch(
    '/api/communes/:communeId/initiatives/:id',
    { schema: { tags, params: ItemParams, body: InitiativePatch, response: { 200: Initiative } } },
    async (req) => run(req, (ctx) => updateInitiative(ctx, req.params.communeId, req.params.id, req.body)),
  );
  app.post(
    '/api/communes/:communeId/initiatives/:id/registrations',
    { schema: { tags, params: ItemParams, body: RegistrationInput, response: { 200: Initiative } } },
    async (req) => run(req, (ctx) => registerInitiative(ctx, req.params.communeId, req.params.id, req.body)),
  );
  app.post(
    '/api/communes/:communeId/initiatives/:id/commendations',
    { schema: { tags, params: ItemParams, body: CommendationInput, response: { 200: Initiative } } },
    async (req) => run(req, (ctx) => addCommendation(ctx, req.params.communeId, req.params.id, req.body)),
  );
  app.post(
    '/api/communes/:communeId/initiatives/:id/photos',
    {
      bodyLimit: UPLOAD_BODY_LIMIT,
      schema: { tags, params: ItemParams, body: PhotoInput, response: { 200: Initiative } },
    },
    async (req) => run(req, (ctx) => addInitiativePhoto(ctx, req.params.communeId, req.params.id, req.body)),
  );
  app.get(
    '/api/communes/:communeId/initiatives/:id/photos/:photoId',
    { schema: { tags, params: ItemParams.extend({ photoId: z.uuid() }) } },
    async (req, reply) =>
      sendFile(
        reply,
        await run(req, (ctx) =>
          getInitiativePhoto(ctx, req.params.communeId, req.params.id, req.params.photoId),
        ),
      ),
  );

  app.get(
    '/api/communes/:communeId/movements',
    {
      schema: {
        tags: ['movements'],
        params: CommuneParams,
        querystring: z.object({ from: z.iso.date().optional(), to: z.iso.date().optional() }),
        response: { 200: z.object({ items: z.array(Movement) }) },
      },
    },
    async (req) => ({ items: await run(req, (ctx) => listMovements(ctx, req.params.communeId, req.query)) }),
  );
  app.post(
    '/api/communes/:communeId/movements',
    {
      schema: {
        tags: ['movements'],
        params: CommuneParams,
        body: MovementInput,
        response: { 201: Movement },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await run(req, (ctx) => createMovement(ctx, req.params.communeId, req.body))),
  );
  app.get(
    '/api/communes/:communeId/movements/:id',
    { schema: { tags: ['movements'], params: ItemParams, response: { 200: Movement } } },
    async (req) => run(req, (ctx) => getMovement(ctx, req.params.communeId, req.params.id)),
  );
  app.patch(
    '/api/communes/:communeId/movements/:id',
    { schema: { tags: ['movements'], params: ItemParams, body: MovementPatch, response: { 200: Movement } } },
    async (req) => run(req, (ctx) => updateMovement(ctx, req.params.communeId, req.params.id, req.body)),
  );

  app.get(
    '/api/communes/:communeId/communication',
    {
      schema: {
        tags: ['communication'],
        params: CommuneParams,
        querystring: PeriodQuery,
        response: { 200: z.object({ items: z.array(CommunicationEntry), total: z.number() }) },
      },
    },
    async (req) => run(req, (ctx) => listEntries(ctx, req.params.communeId, req.query)),
  );
  app.post(
    '/api/communes/:communeId/communication',
    {
      schema: {
        tags: ['communication'],
        params: CommuneParams,
        body: CommunicationInput,
        response: { 201: CommunicationEntry },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await run(req, (ctx) => createEntry(ctx, req.params.communeId, req.body))),
  );
  app.get(
    '/api/communes/:communeId/communication/:id',
    { schema: { tags: ['communication'], params: ItemParams, response: { 200: CommunicationEntry } } },
    async (req) => run(req, (ctx) => getEntry(ctx, req.params.communeId, req.params.id)),
  );
  app.patch(
    '/api/communes/:communeId/communication/:id',
    {
      schema: {
        tags: ['communication'],
        params: ItemParams,
        body: CommunicationPatch,
        response: { 200: CommunicationEntry },
      },
    },
    async (req) => run(req, (ctx) => updateEntry(ctx, req.params.communeId, req.params.id, req.body)),
  );
};
