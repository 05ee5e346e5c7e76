import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../platform/db/types.ts';
import { AppError } from '../../platform/errors.ts';
import { runFor, runPublic, runPublicWrite } from '../../platform/http/context.ts';
import { CommuneParams } from '../../platform/http/params.ts';
import { getCommune } from '../units/service.ts';
import { actOnPetition, answerMany } from './actions.ts';
import { attachFile, readAttachment } from './attachments.ts';
import { exportPetitionsCsv } from './export.ts';
import { lookupPetition, rateAnswer, reopenPetition, submitFeedback } from './portal.ts';
import { DUE_SOON_DAYS, getPetition, listAssignees, listPetitions, petitionAttention } from './read.ts';
import { receivePetition } from './receive.ts';
import {
  ActionInput,
  Assignee,
  Attention,
  BatchAnswerInput,
  FileUpload,
  MAX_FILE_BYTES,
  Petition,
  PetitionDetail,
  PetitionQuery,
  PetitionReceipt,
  PortalRatingInput,
  PortalReceipt,
  PortalReopenInput,
  PortalSubmitInput,
  PublicPetition,
  petitionKinds,
  ReceiveInput,
  SettingsInput,
  Template,
  TemplateInput,
  topics,
} from './schema.ts';
import { getPetitionSettings, listTemplates, putPetitionSettings, saveTemplate } from './templates.ts';

const PetitionParams = CommuneParams.extend({ id: z.uuid() });
const PublicCommune = z.object({ communeCode: z.string().min(1).max(32) });
const PublicParams = PublicCommune.extend({ code: z.string().min(1).max(64) });
const Period = z.object({ from: z.iso.date(), to: z.iso.date() });
const tags = ['petitions'];

// Base64 grows a file by a third; room for the JSON around it.
const oneFileBody = Math.ceil((MAX_FILE_BYTES * 4) / 3) + 64 * 1024;
// The portal takes up to 3 files but at most 10 MB in all: a public form stays small.
const portalBody = Math.ceil((10 * 1024 * 1024 * 4) / 3) + 64 * 1024;

function checkPeriod(p: { from: string; to: string }) {
  if (p.from > p.to)
    throw new AppError('validation', 'Ngày bắt đầu phải trước ngày kết thúc.', { from: 'Sau ngày kết thúc' });
  if (Date.parse(p.to) - Date.parse(p.from) > 10 * 366 * 86_400_000) {
    throw new AppError('validation', 'Kỳ dài tối đa 10 năm.', { to: 'Quá 10 năm sau ngày bắt đầu' });
  }
}

export const petitionRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (app, { db }) => {
  const run = runFor(db);
  const runPub = runPublic(db);
  const runPubWrite = runPublicWrite(db);

  app.get(
    '/api/petitions',
    {
      schema: {
        tags,
        querystring: PetitionQuery,
        response: { 200: z.object({ items: z.array(Petition), total: z.number() }) },
      },
    },
    async (req) => run(req, (ctx) => listPetitions(ctx, req.query)),
  );
  app.post(
    '/api/communes/:communeId/petitions',
    { schema: { tags, params: CommuneParams, body: ReceiveInput, response: { 201: PetitionReceipt } } },
    async (req, reply) =>
      reply.status(201).send(await run(req, (ctx) => receivePetition(ctx, req.params.communeId, req.body))),
  );
  app.get(
    '/api/communes/:communeId/petitions/attention',
    {
      schema: {
        tags,
        params: CommuneParams,
        querystring: z.object({ days: z.coerce.number().int().min(0).max(60).default(DUE_SOON_DAYS) }),
        response: { 200: Attention },
      },
    },
    async (req) => run(req, (ctx) => petitionAttention(ctx, req.params.communeId, req.query.days)),
  );
  app.get(
    '/api/communes/:communeId/petitions/assignees',
    {
      schema: { tags, params: CommuneParams, response: { 200: z.object({ items: z.array(Assignee) }) } },
    },
    async (req) => ({ items: await run(req, (ctx) => listAssignees(ctx, req.params.communeId)) }),
  );
  app.get(
    '/api/communes/:communeId/petitions/export',
    { schema: { tags, params: CommuneParams, querystring: Period } },
    async (req, reply) => {
      checkPeriod(req.query);
      const csv = await run(req, (ctx) => exportPetitionsCsv(ctx, req.params.communeId, req.query));
      return reply
        .type('text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="so-theo-doi-don-thu-${req.query.from}-${req.query.to}.csv"`,
        )
        .send(csv);
    },
  );
  app.post(
    '/api/communes/:communeId/petitions/answers',
    {
      schema: {
        tags,
        params: CommuneParams,
        body: BatchAnswerInput,
        response: { 200: z.object({ items: z.array(Petition) }) },
      },
    },
    async (req) => run(req, (ctx) => answerMany(ctx, req.params.communeId, req.body)),
  );
  app.get(
    '/api/communes/:communeId/petitions/settings',
    { schema: { tags, params: CommuneParams, response: { 200: SettingsInput } } },
    async (req) => run(req, (ctx) => getPetitionSettings(ctx, req.params.communeId)),
  );
  app.put(
    '/api/communes/:communeId/petitions/settings',
    { schema: { tags, params: CommuneParams, body: SettingsInput, response: { 200: SettingsInput } } },
    async (req) => run(req, (ctx) => putPetitionSettings(ctx, req.params.communeId, req.body)),
  );
  app.get(
    '/api/communes/:communeId/petitions/:id',
    { schema: { tags, params: PetitionParams, response: { 200: PetitionDetail } } },
    async (req) =>
      run(req, (ctx) => getPetition(ctx, req.params.communeId, req.params.id, { withIdentity: true })),
  );
  app.post(
    '/api/communes/:communeId/petitions/:id/actions',
    { schema: { tags, params: PetitionParams, body: ActionInput, response: { 200: PetitionDetail } } },
    async (req) => run(req, (ctx) => actOnPetition(ctx, req.params.communeId, req.params.id, req.body)),
  );
  app.post(
    '/api/communes/:communeId/petitions/:id/attachments',
    {
      bodyLimit: oneFileBody,
      schema: { tags, params: PetitionParams, body: FileUpload, response: { 201: PetitionDetail } },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await run(req, (ctx) => attachFile(ctx, req.params.communeId, req.params.id, req.body))),
  );
  app.get(
    '/api/communes/:communeId/petitions/:id/attachments/:attachmentId',
    { schema: { tags, params: PetitionParams.extend({ attachmentId: z.uuid() }) } },
    async (req, reply) => {
      const file = await run(req, (ctx) =>
        readAttachment(ctx, req.params.communeId, req.params.id, req.params.attachmentId),
      );
      return reply
        .type(file.mediaType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .header('cache-control', 'no-store')
        .send(Buffer.from(file.content));
    },
  );

  app.get(
    '/api/communes/:communeId/petition-templates',
    {
      schema: {
        tags,
        params: CommuneParams,
        querystring: z.object({
          kind: z.enum(petitionKinds).optional(),
          topic: z.enum(topics).optional(),
          all: z.stringbool().optional(),
        }),
        response: { 200: z.object({ items: z.array(Template) }) },
      },
    },
    async (req) => ({ items: await run(req, (ctx) => listTemplates(ctx, req.params.communeId, req.query)) }),
  );
  app.post(
    '/api/communes/:communeId/petition-templates',
    { schema: { tags, params: CommuneParams, body: TemplateInput, response: { 201: Template } } },
    async (req, reply) =>
      reply.status(201).send(await run(req, (ctx) => saveTemplate(ctx, req.params.communeId, req.body))),
  );
  app.put(
    '/api/communes/:communeId/petition-templates/:id',
    { schema: { tags, params: PetitionParams, body: TemplateInput, response: { 200: Template } } },
    async (req) => run(req, (ctx) => saveTemplate(ctx, req.params.communeId, req.body, req.params.id)),
  );

  // Citizen portal: submit feedback, follow it by code, rate the answer, reopen it.
  const publicCommune = async (req: Parameters<typeof runPub>[0], code: string) =>
    (await runPub(req, (ctx) => getCommune(ctx, { code }))).id;

  app.post(
    '/api/public/communes/:communeCode/petitions',
    {
      bodyLimit: portalBody,
      config: { access: 'public', rateLimit: { max: 5, timeWindow: '1 minute' } },
      schema: {
        tags: ['portal'],
        params: PublicCommune,
        body: PortalSubmitInput,
        response: { 201: PortalReceipt },
      },
    },
    async (req, reply) => {
      const communeId = await publicCommune(req, req.params.communeCode);
      return reply
        .status(201)
        .send(await runPubWrite(req, communeId, (ctx) => submitFeedback(ctx, communeId, req.body)));
    },
  );
  app.get(
    '/api/public/communes/:communeCode/petitions/:code',
    {
      config: { access: 'public' },
      schema: { tags: ['portal'], params: PublicParams, response: { 200: PublicPetition } },
    },
    async (req) => {
      const communeId = await publicCommune(req, req.params.communeCode);
      return runPub(req, (ctx) => lookupPetition(ctx, communeId, req.params.code));
    },
  );
  app.post(
    '/api/public/communes/:communeCode/petitions/:code/rating',
    {
      config: { access: 'public', rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['portal'],
        params: PublicParams,
        body: PortalRatingInput,
        response: { 200: PublicPetition },
      },
    },
    async (req) => {
      const communeId = await publicCommune(req, req.params.communeCode);
      return runPubWrite(req, communeId, (ctx) => rateAnswer(ctx, communeId, req.params.code, req.body));
    },
  );
  app.post(
    '/api/public/communes/:communeCode/petitions/:code/reopen',
    {
      config: { access: 'public', rateLimit: { max: 5, timeWindow: '1 minute' } },
      schema: {
        tags: ['portal'],
        params: PublicParams,
        body: PortalReopenInput,
        response: { 200: PublicPetition },
      },
    },
    async (req) => {
      const communeId = await publicCommune(req, req.params.communeCode);
      return runPubWrite(req, communeId, (ctx) => reopenPetition(ctx, communeId, req.params.code, req.body));
    },
  );
};
