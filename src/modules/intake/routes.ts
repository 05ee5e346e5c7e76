import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../platform/db/types.ts';
import { runFor } from '../../platform/http/context.ts';
import { MAX_FILE_BYTES } from '../petitions/schema.ts';
import { deleteIntake, editIntake, getIntake, listIntakes, saveIntake, uploadIntakes } from './service.ts';
import { Intake, IntakeEditInput, IntakeQuery, IntakeSummary, IntakeUploadInput } from './stored.ts';

const IntakeParams = z.object({ communeId: z.uuid(), id: z.uuid() });
const tags = ['intake'];
// Up to ten files of 5 MB each, base64 in JSON (as petition attachments are sent).
const uploadBody = Math.ceil((10 * MAX_FILE_BYTES * 4) / 3) + 64 * 1024;

/**
 * Reading hand-written reports: upload (the commune matched from the text), see each value in its
 * sentence, correct, and save as the commune's figures for the period (the province roll-up shows
 * them, marked as read from a report).
 */
export const intakeRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (app, { db }) => {
  const run = runFor(db);
  const one = '/api/communes/:communeId/intakes/:id';

  app.post(
    '/api/intakes',
    {
      bodyLimit: uploadBody,
      schema: {
        tags,
        summary:
          'Đọc một hoặc nhiều báo cáo (.docx, .txt, .pdf có lớp chữ); xã nhận theo nội dung nếu không chọn',
        body: IntakeUploadInput,
        response: { 201: z.object({ items: z.array(Intake) }) },
      },
    },
    async (req, reply) =>
      reply.status(201).send({ items: await run(req, (ctx) => uploadIntakes(ctx, req.body)) }),
  );
  app.get(
    '/api/intakes',
    {
      schema: {
        tags,
        summary: 'Các báo cáo đã đọc (theo tỉnh, xã, trạng thái)',
        querystring: IntakeQuery,
        response: { 200: z.object({ items: z.array(IntakeSummary), total: z.number() }) },
      },
    },
    async (req) => run(req, (ctx) => listIntakes(ctx, req.query)),
  );
  app.get(one, { schema: { tags, params: IntakeParams, response: { 200: Intake } } }, async (req) =>
    run(req, (ctx) => getIntake(ctx, req.params.communeId, req.params.id)),
  );
  app.patch(
    one,
    {
      schema: {
        tags,
        summary:
          'Sửa kỳ báo cáo và số liệu đọc được (null bỏ một chỉ tiêu); communeId khác chuyển sang xã khác',
        params: IntakeParams,
        body: IntakeEditInput,
        response: { 200: Intake },
      },
    },
    async (req) => run(req, (ctx) => editIntake(ctx, req.params.communeId, req.params.id, req.body)),
  );
  app.post(
    `${one}/save`,
    {
      schema: {
        tags,
        summary: 'Lưu thành số liệu của xã cho kỳ báo cáo (nguồn: báo cáo)',
        params: IntakeParams,
        response: { 200: Intake },
      },
    },
    async (req) => run(req, (ctx) => saveIntake(ctx, req.params.communeId, req.params.id)),
  );
  app.delete(
    one,
    { schema: { tags, params: IntakeParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await run(req, (ctx) => deleteIntake(ctx, req.params.communeId, req.params.id));
      return reply.status(204).send(null);
    },
  );
};
