import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../platform/db/types.ts';
import { runFor, runPublic, runPublicWrite } from '../../platform/http/context.ts';
import { CommuneParams, ItemParams } from '../../platform/http/params.ts';
import { sendFile, UPLOAD_BODY_LIMIT } from '../documents/files.ts';
import { getCommune } from '../units/service.ts';
import {
  addResponse,
  createDraft,
  getDraft,
  getPublicDraft,
  listConsultationRules,
  listDrafts,
  publishAccount,
  recordMeeting,
  recordOpinion,
  saveConsultationRule,
  submitComment,
  updateDraft,
  updateResponse,
} from './consultation.ts';
import {
  addDisclosurePhoto,
  createDisclosure,
  disclosureChecklist,
  getDisclosure,
  getDisclosurePhoto,
  getDisclosureSettings,
  listCategories,
  listDisclosures,
  saveCategory,
  setDisclosureSettings,
  updateDisclosure,
} from './items.ts';
import { draftTypes } from './rules.ts';
import {
  Category,
  CategoryCode,
  CategoryInput,
  Checklist,
  CommentInput,
  ConsultationRule,
  consultationStatuses,
  DisclosureInput,
  DisclosureItem,
  DisclosurePatch,
  DisclosureQuery,
  DisclosureSettings,
  Draft,
  DraftDetail,
  DraftInput,
  DraftPatch,
  MeetingInput,
  OpinionInput,
  PhotoInput,
  PublicDisclosure,
  PublicDraft,
  PublishInput,
  ResponseInput,
  RuleInput,
} from './schema.ts';

const PhotoParams = ItemParams.extend({ photoId: z.uuid() });
const ResponseParams = ItemParams.extend({ responseId: z.uuid() });
const PublicCommune = z.object({ communeCode: z.string().min(1).max(32) });
const PublicItem = PublicCommune.extend({ id: z.uuid() });
const DraftQuery = z.object({
  q: z.string().trim().max(200).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: z.enum(consultationStatuses).optional(),
});
const tags = ['disclosure'];
const ctags = ['consultation'];

export const disclosureRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (app, { db }) => {
  const run = runFor(db);
  const runPub = runPublic(db);
  const runPubWrite = runPublicWrite(db);

  // --- Disclosure (staff) ---
  app.get(
    '/api/communes/:communeId/disclosure/categories',
    { schema: { tags, params: CommuneParams, response: { 200: z.object({ items: z.array(Category) }) } } },
    async (req) => ({ items: await run(req, (ctx) => listCategories(ctx, req.params.communeId)) }),
  );
  app.put(
    '/api/communes/:communeId/disclosure/categories/:code',
    {
      schema: {
        tags,
        params: CommuneParams.extend({ code: CategoryCode }),
        body: CategoryInput,
        response: { 200: Category },
      },
    },
    async (req) => run(req, (ctx) => saveCategory(ctx, req.params.communeId, req.params.code, req.body)),
  );
  app.get(
    '/api/communes/:communeId/disclosure/settings',
    { schema: { tags, params: CommuneParams, response: { 200: DisclosureSettings } } },
    async (req) => run(req, (ctx) => getDisclosureSettings(ctx, req.params.communeId)),
  );
  app.put(
    '/api/communes/:communeId/disclosure/settings',
    {
      schema: {
        tags,
        params: CommuneParams,
        body: DisclosureSettings,
        response: { 200: DisclosureSettings },
      },
    },
    async (req) => run(req, (ctx) => setDisclosureSettings(ctx, req.params.communeId, req.body)),
  );
  app.get(
    '/api/communes/:communeId/disclosure/checklist',
    {
      schema: {
        tags,
        params: CommuneParams,
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
        response: { 200: Checklist },
      },
    },
    async (req) =>
      run(req, async (ctx) => {
        await getCommune(ctx, { id: req.params.communeId });
        return disclosureChecklist(ctx, req.params.communeId, req.query.year);
      }),
  );
  app.get(
    '/api/communes/:communeId/disclosures',
    {
      schema: {
        tags,
        params: CommuneParams,
        querystring: DisclosureQuery,
        response: { 200: z.object({ items: z.array(DisclosureItem), total: z.number() }) },
      },
    },
    async (req) => run(req, (ctx) => listDisclosures(ctx, req.params.communeId, req.query)),
  );
  app.post(
    '/api/communes/:communeId/disclosures',
    { schema: { tags, params: CommuneParams, body: DisclosureInput, response: { 201: DisclosureItem } } },
    async (req, reply) =>
      reply.status(201).send(await run(req, (ctx) => createDisclosure(ctx, req.params.communeId, req.body))),
  );
  app.get(
    '/api/communes/:communeId/disclosures/:id',
    { schema: { tags, params: ItemParams, response: { 200: DisclosureItem } } },
    async (req) => run(req, (ctx) => getDisclosure(ctx, req.params.communeId, req.params.id)),
  );
  app.patch(
    '/api/communes/:communeId/disclosures/:id',
    { schema: { tags, params: ItemParams, body: DisclosurePatch, response: { 200: DisclosureItem } } },
    async (req) => run(req, (ctx) => updateDisclosure(ctx, req.params.communeId, req.params.id, req.body)),
  );
  app.post(
    '/api/communes/:communeId/disclosures/:id/photos',
    {
      bodyLimit: UPLOAD_BODY_LIMIT,
      schema: { tags, params: ItemParams, body: PhotoInput, response: { 200: DisclosureItem } },
    },
    async (req) => run(req, (ctx) => addDisclosurePhoto(ctx, req.params.communeId, req.params.id, req.body)),
  );
  app.get(
    '/api/communes/:communeId/disclosures/:id/photos/:photoId',
    { schema: { tags, params: PhotoParams } },
    async (req, reply) =>
      sendFile(
        reply,
        await run(req, (ctx) =>
          getDisclosurePhoto(ctx, req.params.communeId, req.params.id, req.params.photoId),
        ),
      ),
  );

  // --- Consultation (staff) ---
  app.get(
    '/api/communes/:communeId/consultation-rules',
    {
      schema: {
        tags: ctags,
        params: CommuneParams,
        response: { 200: z.object({ items: z.array(ConsultationRule) }) },
      },
    },
    async (req) => ({ items: await run(req, (ctx) => listConsultationRules(ctx, req.params.communeId)) }),
  );
  app.put(
    '/api/communes/:communeId/consultation-rules/:draftType',
    {
      schema: {
        tags: ctags,
        params: CommuneParams.extend({ draftType: z.enum(draftTypes) }),
        body: RuleInput,
        response: { 200: ConsultationRule },
      },
    },
    async (req) =>
      run(req, async (ctx) => {
        const saved = await saveConsultationRule(ctx, req.params.communeId, req.params.draftType, req.body);
        return saved as NonNullable<typeof saved>;
      }),
  );
  app.get(
    '/api/communes/:communeId/consultations',
    {
      schema: {
        tags: ctags,
        params: CommuneParams,
        querystring: DraftQuery,
        response: { 200: z.object({ items: z.array(Draft) }) },
      },
    },
    async (req) => ({ items: await run(req, (ctx) => listDrafts(ctx, req.params.communeId, req.query)) }),
  );
  app.post(
    '/api/communes/:communeId/consultations',
    { schema: { tags: ctags, params: CommuneParams, body: DraftInput, response: { 201: DraftDetail } } },
    async (req, reply) =>
      reply.status(201).send(await run(req, (ctx) => createDraft(ctx, req.params.communeId, req.body))),
  );
  app.get(
    '/api/communes/:communeId/consultations/:id',
    { schema: { tags: ctags, params: ItemParams, response: { 200: DraftDetail } } },
    async (req) => run(req, (ctx) => getDraft(ctx, req.params.communeId, req.params.id)),
  );
  app.patch(
    '/api/communes/:communeId/consultations/:id',
    { schema: { tags: ctags, params: ItemParams, body: DraftPatch, response: { 200: DraftDetail } } },
    async (req) => run(req, (ctx) => updateDraft(ctx, req.params.communeId, req.params.id, req.body)),
  );
  app.post(
    '/api/communes/:communeId/consultations/:id/opinions',
    { schema: { tags: ctags, params: ItemParams, body: OpinionInput, response: { 200: DraftDetail } } },
    async (req) => run(req, (ctx) => recordOpinion(ctx, req.params.communeId, req.params.id, req.body)),
  );
  app.post(
    '/api/communes/:communeId/consultations/:id/meetings',
    { schema: { tags: ctags, params: ItemParams, body: MeetingInput, response: { 200: DraftDetail } } },
    async (req) => run(req, (ctx) => recordMeeting(ctx, req.params.communeId, req.params.id, req.body)),
  );
  app.post(
    '/api/communes/:communeId/consultations/:id/responses',
    { schema: { tags: ctags, params: ItemParams, body: ResponseInput, response: { 200: DraftDetail } } },
    async (req) => run(req, (ctx) => addResponse(ctx, req.params.communeId, req.params.id, req.body)),
  );
  app.put(
    '/api/communes/:communeId/consultations/:id/responses/:responseId',
    { schema: { tags: ctags, params: ResponseParams, body: ResponseInput, response: { 200: DraftDetail } } },
    async (req) =>
      run(req, (ctx) =>
        updateResponse(ctx, req.params.communeId, req.params.id, req.params.responseId, req.body),
      ),
  );
  app.post(
    '/api/communes/:communeId/consultations/:id/account',
    { schema: { tags: ctags, params: ItemParams, body: PublishInput, response: { 200: DraftDetail } } },
    async (req) => run(req, (ctx) => publishAccount(ctx, req.params.communeId, req.params.id, req.body)),
  );

  // --- Citizen portal ---
  const publicCommune = async (req: Parameters<typeof runPub>[0], code: string) =>
    (await runPub(req, (ctx) => getCommune(ctx, { code }))).id;

  app.get(
    '/api/public/communes/:communeCode/disclosures',
    {
      config: { access: 'public' },
      schema: {
        tags: ['portal'],
        params: PublicCommune,
        querystring: DisclosureQuery,
        response: { 200: z.object({ items: z.array(PublicDisclosure), total: z.number() }) },
      },
    },
    async (req) => {
      const communeId = await publicCommune(req, req.params.communeCode);
      return runPub(req, (ctx) => listDisclosures(ctx, communeId, req.query, { publicOnly: true }));
    },
  );
  app.get(
    '/api/public/communes/:communeCode/consultations',
    {
      config: { access: 'public' },
      schema: {
        tags: ['portal'],
        params: PublicCommune,
        querystring: DraftQuery,
        response: { 200: z.object({ items: z.array(Draft.omit({ actions: true })) }) },
      },
    },
    async (req) => {
      const communeId = await publicCommune(req, req.params.communeCode);
      const items = await runPub(req, (ctx) => listDrafts(ctx, communeId, req.query, { publicOnly: true }));
      return { items: items.map(({ actions: _, ...d }) => d) };
    },
  );
  app.get(
    '/api/public/communes/:communeCode/consultations/:id',
    {
      config: { access: 'public' },
      schema: { tags: ['portal'], params: PublicItem, response: { 200: PublicDraft } },
    },
    async (req) => {
      const communeId = await publicCommune(req, req.params.communeCode);
      return runPub(req, (ctx) => getPublicDraft(ctx, communeId, req.params.id));
    },
  );
  app.post(
    '/api/public/communes/:communeCode/consultations/:id/comments',
    {
      config: { access: 'public', rateLimit: { max: 5, timeWindow: '1 minute' } },
      schema: {
        tags: ['portal'],
        params: PublicItem,
        body: CommentInput,
        response: { 201: z.object({ id: z.uuid(), received: z.boolean() }) },
      },
    },
    async (req, reply) => {
      const communeId = await publicCommune(req, req.params.communeCode);
      const saved = await runPubWrite(req, communeId, (ctx) =>
        submitComment(ctx, communeId, req.params.id, req.body),
      );
      return reply.status(201).send(saved);
    },
  );
};
