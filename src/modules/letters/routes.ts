import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../platform/db/types.ts';
import { runFor } from '../../platform/http/context.ts';
import { CommuneParams, ItemParams } from '../../platform/http/params.ts';
import { sendFile } from '../documents/files.ts';
import { onDossierReturned } from '../onestop/events.ts';
import {
  Letter,
  LetterAction,
  LetterPatch,
  LetterQuery,
  letterKinds,
  SubjectNames,
  Template,
  TemplateInput,
} from './schema.ts';
import {
  actOnLetter,
  getLetter,
  letterDocx,
  listLetters,
  listTemplates,
  proposeLettersForReturnedDossiers,
  proposeOnReturn,
  saveTemplate,
  setSubjectNames,
  updateLetter,
} from './service.ts';

const tags = ['letters'];

export const letterRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (app, { db }) => {
  onDossierReturned(proposeOnReturn);
  const run = runFor(db);

  app.put(
    '/api/communes/:communeId/dossiers/:id/subject-names',
    { schema: { tags, params: ItemParams, body: SubjectNames, response: { 200: SubjectNames } } },
    async (req) => run(req, (ctx) => setSubjectNames(ctx, req.params.communeId, req.params.id, req.body)),
  );
  app.post(
    '/api/communes/:communeId/letters/propose',
    {
      schema: {
        tags,
        params: CommuneParams,
        response: { 200: z.object({ created: z.number(), items: z.array(Letter) }) },
      },
    },
    async (req) =>
      run(req, async (ctx) => {
        const items = await proposeLettersForReturnedDossiers(ctx, req.params.communeId);
        return { created: items.length, items };
      }),
  );
  app.get(
    '/api/communes/:communeId/letters',
    {
      schema: {
        tags,
        params: CommuneParams,
        querystring: LetterQuery,
        response: { 200: z.object({ items: z.array(Letter), total: z.number() }) },
      },
    },
    async (req) => run(req, (ctx) => listLetters(ctx, req.params.communeId, req.query)),
  );
  app.get(
    '/api/communes/:communeId/letters/:id',
    { schema: { tags, params: ItemParams, response: { 200: Letter } } },
    async (req) => run(req, (ctx) => getLetter(ctx, req.params.communeId, req.params.id)),
  );
  app.patch(
    '/api/communes/:communeId/letters/:id',
    { schema: { tags, params: ItemParams, body: LetterPatch, response: { 200: Letter } } },
    async (req) => run(req, (ctx) => updateLetter(ctx, req.params.communeId, req.params.id, req.body)),
  );
  app.post(
    '/api/communes/:communeId/letters/:id/actions',
    { schema: { tags, params: ItemParams, body: LetterAction, response: { 200: Letter } } },
    async (req) => run(req, (ctx) => actOnLetter(ctx, req.params.communeId, req.params.id, req.body)),
  );
  app.get(
    '/api/communes/:communeId/letters/:id/docx',
    { schema: { tags, params: ItemParams } },
    async (req, reply) => {
      const file = await run(req, (ctx) => letterDocx(ctx, req.params.communeId, req.params.id));
      return sendFile(reply, {
        mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        name: file.name,
        content: file.content,
      });
    },
  );
  app.get(
    '/api/communes/:communeId/letter-templates',
    { schema: { tags, params: CommuneParams, response: { 200: z.object({ items: z.array(Template) }) } } },
    async (req) => ({ items: await run(req, (ctx) => listTemplates(ctx, req.params.communeId)) }),
  );
  app.put(
    '/api/communes/:communeId/letter-templates/:kind',
    {
      schema: {
        tags,
        params: CommuneParams.extend({ kind: z.enum(letterKinds) }),
        body: TemplateInput,
        response: { 200: Template },
      },
    },
    async (req) => run(req, (ctx) => saveTemplate(ctx, req.params.communeId, req.params.kind, req.body)),
  );
};
