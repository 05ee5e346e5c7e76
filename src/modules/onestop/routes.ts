import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../platform/db/types.ts';
import { AppError } from '../../platform/errors.ts';
import { runFor, runPublic, runPublicWrite } from '../../platform/http/context.ts';
import { CommuneParams } from '../../platform/http/params.ts';
import { getCommune } from '../units/service.ts';
import { onestopBreakdown } from './breakdown.ts';
import { actOnDossier, getDossier, listDossiers, receiveDossier } from './dossiers.ts';
import { onestopCounts } from './indicators.ts';
import { lookupDossier, rateDossier } from './portal.ts';
import { getProcedure, listProcedures, saveProcedure } from './procedures.ts';
import {
  ActionInput,
  Dossier,
  DossierDetail,
  DossierQuery,
  Procedure,
  ProcedureInput,
  PublicDossier,
  RatingInput,
  ReceiveInput,
} from './schema.ts';
import { onestopSentence } from './sentence.ts';

const DossierParams = CommuneParams.extend({ id: z.uuid() });
const PublicParams = z.object({ communeCode: z.string().min(1).max(32), code: z.string().min(1).max(64) });
const tags = ['onestop'];

/** A period of at most ten years, from before to. */
function checkPeriod(p: { from: string; to: string }) {
  if (p.from > p.to)
    throw new AppError('validation', 'Ngày bắt đầu phải trước ngày kết thúc.', { from: 'Sau ngày kết thúc' });
  if (Date.parse(p.to) - Date.parse(p.from) > 10 * 366 * 86_400_000) {
    throw new AppError('validation', 'Kỳ thống kê dài tối đa 10 năm.', { to: 'Quá 10 năm sau ngày bắt đầu' });
  }
}

export const onestopRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (app, { db }) => {
  const run = runFor(db);
  const runPub = runPublic(db);
  const runPubWrite = runPublicWrite(db);

  app.get(
    '/api/communes/:communeId/procedures',
    {
      schema: {
        tags,
        params: CommuneParams,
        querystring: z.object({ q: z.string().max(200).optional() }),
        response: { 200: z.object({ items: z.array(Procedure) }) },
      },
    },
    async (req) => ({ items: await run(req, (ctx) => listProcedures(ctx, req.params.communeId, req.query)) }),
  );
  app.post(
    '/api/communes/:communeId/procedures',
    { schema: { tags, params: CommuneParams, body: ProcedureInput, response: { 200: Procedure } } },
    async (req) => run(req, (ctx) => saveProcedure(ctx, req.params.communeId, req.body)),
  );

  app.get(
    '/api/dossiers',
    {
      schema: {
        tags,
        querystring: DossierQuery,
        response: { 200: z.object({ items: z.array(Dossier), total: z.number() }) },
      },
    },
    async (req) => run(req, (ctx) => listDossiers(ctx, req.query)),
  );
  app.post(
    '/api/communes/:communeId/dossiers',
    { schema: { tags, params: CommuneParams, body: ReceiveInput, response: { 201: DossierDetail } } },
    async (req, reply) =>
      reply.status(201).send(await run(req, (ctx) => receiveDossier(ctx, req.params.communeId, req.body))),
  );
  app.get(
    '/api/communes/:communeId/dossiers/:id',
    { schema: { tags, params: DossierParams, response: { 200: DossierDetail } } },
    async (req) => run(req, (ctx) => getDossier(ctx, req.params.communeId, req.params.id)),
  );
  app.post(
    '/api/communes/:communeId/dossiers/:id/actions',
    { schema: { tags, params: DossierParams, body: ActionInput, response: { 200: DossierDetail } } },
    async (req) => run(req, (ctx) => actOnDossier(ctx, req.params.communeId, req.params.id, req.body)),
  );
  app.get(
    '/api/communes/:communeId/onestop/summary',
    {
      schema: {
        tags,
        params: CommuneParams,
        querystring: z.object({ from: z.iso.date(), to: z.iso.date() }),
        response: { 200: z.object({ counts: z.record(z.string(), z.number()), sentence: z.string() }) },
      },
    },
    async (req) =>
      run(req, async (ctx) => {
        await getCommune(ctx, { id: req.params.communeId });
        checkPeriod(req.query);
        const counts = await onestopCounts(ctx.tx, req.params.communeId, req.query);
        return { counts: { ...counts }, sentence: onestopSentence(counts) };
      }),
  );

  app.get(
    '/api/communes/:communeId/onestop/breakdown',
    {
      schema: {
        tags,
        params: CommuneParams,
        querystring: z.object({ from: z.iso.date(), to: z.iso.date() }),
        response: {
          200: z.object({
            byMonth: z.array(
              z.object({
                month: z.string(),
                received: z.number(),
                online: z.number(),
                resolved: z.number(),
                late: z.number(),
              }),
            ),
            bySector: z.array(
              z.object({
                sector: z.string(),
                received: z.number(),
                resolved: z.number(),
                early: z.number(),
                onTime: z.number(),
                late: z.number(),
              }),
            ),
          }),
        },
      },
    },
    async (req) =>
      run(req, async (ctx) => {
        await getCommune(ctx, { id: req.params.communeId });
        checkPeriod(req.query);
        return onestopBreakdown(ctx.tx, req.params.communeId, req.query);
      }),
  );

  // Citizen portal: procedures, dossier lookup by code, rating.
  const publicCommune = async (req: Parameters<typeof runPub>[0], code: string) =>
    (await runPub(req, (ctx) => getCommune(ctx, { code }))).id;

  app.get(
    '/api/public/communes/:communeCode/procedures',
    {
      config: { access: 'public' },
      schema: {
        tags: ['portal'],
        params: z.object({ communeCode: z.string().min(1).max(32) }),
        querystring: z.object({ q: z.string().max(200).optional() }),
        response: { 200: z.object({ items: z.array(Procedure) }) },
      },
    },
    async (req) => {
      const communeId = await publicCommune(req, req.params.communeCode);
      return { items: await runPub(req, (ctx) => listProcedures(ctx, communeId, req.query)) };
    },
  );
  app.get(
    '/api/public/communes/:communeCode/procedures/:code',
    {
      config: { access: 'public' },
      schema: { tags: ['portal'], params: PublicParams, response: { 200: Procedure } },
    },
    async (req) => {
      const communeId = await publicCommune(req, req.params.communeCode);
      return runPub(req, (ctx) => getProcedure(ctx, communeId, { code: req.params.code }));
    },
  );
  app.get(
    '/api/public/communes/:communeCode/dossiers/:code',
    {
      config: { access: 'public' },
      schema: { tags: ['portal'], params: PublicParams, response: { 200: PublicDossier } },
    },
    async (req) => {
      const communeId = await publicCommune(req, req.params.communeCode);
      return runPub(req, (ctx) => lookupDossier(ctx, communeId, req.params.code));
    },
  );
  app.post(
    '/api/public/communes/:communeCode/dossiers/:code/rating',
    {
      config: { access: 'public', rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: { tags: ['portal'], params: PublicParams, body: RatingInput, response: { 200: PublicDossier } },
    },
    async (req) => {
      const communeId = await publicCommune(req, req.params.communeCode);
      return runPubWrite(req, communeId, (ctx) => rateDossier(ctx, communeId, req.params.code, req.body));
    },
  );
};
