import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../platform/db/types.ts';
import { runFor } from '../../platform/http/context.ts';
import { CommuneParams, ItemParams } from '../../platform/http/params.ts';
import { FileUpload, sendFile, UPLOAD_BODY_LIMIT } from './files.ts';
import {
  Document,
  DocumentDetail,
  DocumentLinkInput,
  DocumentQuery,
  DocumentUpdateInput,
  documentTypeLabels,
  NumberingSettings,
  RegisterInput,
} from './schema.ts';
import {
  attachDocumentFile,
  getDocument,
  getDocumentFile,
  getNumberingSettings,
  linkDocument,
  listDocuments,
  registerDocument,
  setNumberingSettings,
  updateDocument,
} from './service.ts';

const tags = ['documents'];

export const documentRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (app, { db }) => {
  const run = runFor(db);

  app.get(
    '/api/document-types',
    {
      schema: {
        tags,
        response: { 200: z.object({ items: z.array(z.object({ code: z.string(), label: z.string() })) }) },
      },
    },
    async () => ({ items: Object.entries(documentTypeLabels).map(([code, label]) => ({ code, label })) }),
  );
  app.get(
    '/api/communes/:communeId/documents',
    {
      schema: {
        tags,
        params: CommuneParams,
        querystring: DocumentQuery,
        response: { 200: z.object({ items: z.array(Document), total: z.number() }) },
      },
    },
    async (req) => run(req, (ctx) => listDocuments(ctx, req.params.communeId, req.query)),
  );
  app.post(
    '/api/communes/:communeId/documents',
    {
      bodyLimit: UPLOAD_BODY_LIMIT,
      schema: { tags, params: CommuneParams, body: RegisterInput, response: { 201: DocumentDetail } },
    },
    async (req, reply) =>
      reply.status(201).send(await run(req, (ctx) => registerDocument(ctx, req.params.communeId, req.body))),
  );
  app.get(
    '/api/communes/:communeId/documents/:id',
    { schema: { tags, params: ItemParams, response: { 200: DocumentDetail } } },
    async (req) => run(req, (ctx) => getDocument(ctx, req.params.communeId, req.params.id)),
  );
  app.patch(
    '/api/communes/:communeId/documents/:id',
    { schema: { tags, params: ItemParams, body: DocumentUpdateInput, response: { 200: DocumentDetail } } },
    async (req) => run(req, (ctx) => updateDocument(ctx, req.params.communeId, req.params.id, req.body)),
  );
  app.put(
    '/api/communes/:communeId/documents/:id/file',
    {
      bodyLimit: UPLOAD_BODY_LIMIT,
      schema: { tags, params: ItemParams, body: FileUpload, response: { 200: DocumentDetail } },
    },
    async (req) => run(req, (ctx) => attachDocumentFile(ctx, req.params.communeId, req.params.id, req.body)),
  );
  app.get(
    '/api/communes/:communeId/documents/:id/file',
    { schema: { tags, params: ItemParams } },
    async (req, reply) =>
      sendFile(reply, await run(req, (ctx) => getDocumentFile(ctx, req.params.communeId, req.params.id))),
  );
  app.post(
    '/api/communes/:communeId/documents/:id/links',
    { schema: { tags, params: ItemParams, body: DocumentLinkInput, response: { 200: DocumentDetail } } },
    async (req) => run(req, (ctx) => linkDocument(ctx, req.params.communeId, req.params.id, req.body)),
  );
  app.get(
    '/api/communes/:communeId/document-settings',
    { schema: { tags, params: CommuneParams, response: { 200: NumberingSettings } } },
    async (req) => run(req, (ctx) => getNumberingSettings(ctx, req.params.communeId)),
  );
  app.put(
    '/api/communes/:communeId/document-settings',
    {
      schema: { tags, params: CommuneParams, body: NumberingSettings, response: { 200: NumberingSettings } },
    },
    async (req) => run(req, (ctx) => setNumberingSettings(ctx, req.params.communeId, req.body)),
  );
};
