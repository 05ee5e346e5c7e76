import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../platform/db/types.ts';
import { runFor } from '../../platform/http/context.ts';
import { CommuneParams } from '../../platform/http/params.ts';
import { sendFile } from '../documents/files.ts';
import { renderDocx } from './docx.ts';
import {
  createReport,
  deleteDraft,
  getReport,
  listReports,
  loadReport,
  newVersion,
  regenerateReport,
  saveHeader,
  saveParagraph,
  saveSection,
} from './drafts.ts';
import { ChecksFailed, finaliseReport, reportChecks } from './finalise.ts';
import { renderHtml } from './html.ts';
import type { ReportDraft } from './model.ts';
import {
  CheckFailure,
  CheckResult,
  CreateReportInput,
  FinaliseInput,
  HeaderInput,
  ParagraphInput,
  RegenerateInput,
  Report,
  ReportQuery,
  ReportSummary,
  SavedSection,
  SectionInput,
} from './schema.ts';

const ReportParams = CommuneParams.extend({ id: z.uuid() });
const partId = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[\w.+-]+$/, 'Mã mục hoặc đoạn văn không hợp lệ');
const tags = ['reports'];
const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const ChecksRefused = z.object({
  error: z.object({
    code: z.literal('conflict'),
    message: z.string(),
    checks: z.array(CheckFailure).optional(),
    requestId: z.string(),
  }),
});

/** "bao-cao-dan-van-2025-H1-XA01-so-30.docx": ASCII, sortable, says what it is. */
const fileName = (c: ReportDraft, version: number) =>
  `bao-cao-${c.genre}-${c.period.key.replace(/\.\./g, '_')}-${c.commune.code}${
    c.reference ? `-so-${c.reference.split('/')[0]}` : `-du-thao-${version}`
  }.docx`;

/**
 * The report composer's API: drafts composed from the data, edited section by section with
 * optimistic concurrency, checked, issued with a register number and frozen; DOCX and an A4
 * print preview of any version.
 */
export const reportRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (app, { db }) => {
  const run = runFor(db);
  const base = '/api/communes/:communeId/reports';

  app.get(
    base,
    {
      schema: {
        tags,
        params: CommuneParams,
        querystring: ReportQuery,
        response: { 200: z.object({ items: z.array(ReportSummary), total: z.number() }) },
      },
    },
    async (req) => run(req, (ctx) => listReports(ctx, req.params.communeId, req.query)),
  );
  app.post(
    base,
    { schema: { tags, params: CommuneParams, body: CreateReportInput, response: { 201: Report } } },
    async (req, reply) =>
      reply.status(201).send(await run(req, (ctx) => createReport(ctx, req.params.communeId, req.body))),
  );
  app.get(`${base}/:id`, { schema: { tags, params: ReportParams, response: { 200: Report } } }, async (req) =>
    run(req, (ctx) => getReport(ctx, req.params.communeId, req.params.id)),
  );
  app.patch(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary: 'Sửa phần đầu và phần kết (trích yếu, địa danh, ngày, nơi nhận, người ký)',
        params: ReportParams,
        body: HeaderInput,
        response: { 200: Report },
      },
    },
    async (req) => run(req, (ctx) => saveHeader(ctx, req.params.communeId, req.params.id, req.body)),
  );
  app.delete(
    `${base}/:id`,
    { schema: { tags, params: ReportParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await run(req, (ctx) => deleteDraft(ctx, req.params.communeId, req.params.id));
      return reply.status(204).send(null);
    },
  );
  app.patch(
    `${base}/:id/paragraphs/:paragraphId`,
    {
      schema: {
        tags,
        summary: 'Lưu một đoạn văn (tự động lưu); 409 khi mục đã được người khác sửa',
        params: ReportParams.extend({ paragraphId: partId }),
        body: ParagraphInput,
        response: { 200: SavedSection },
      },
    },
    async (req) =>
      run(req, (ctx) =>
        saveParagraph(ctx, req.params.communeId, req.params.id, req.params.paragraphId, req.body),
      ),
  );
  app.put(
    `${base}/:id/sections/:sectionId`,
    {
      schema: {
        tags,
        summary: 'Lưu các đoạn văn của một mục (thêm, bớt, đổi thứ tự); 409 khi mục đã được người khác sửa',
        params: ReportParams.extend({ sectionId: partId }),
        body: SectionInput,
        response: { 200: SavedSection },
      },
    },
    async (req) =>
      run(req, (ctx) =>
        saveSection(ctx, req.params.communeId, req.params.id, req.params.sectionId, req.body),
      ),
  );
  app.post(
    `${base}/:id/regenerate`,
    {
      schema: {
        tags,
        summary: 'Cập nhật số liệu từ dữ liệu hiện tại, giữ nguyên phần nhận định của cán bộ',
        params: ReportParams,
        body: RegenerateInput.nullish(),
        response: {
          200: Report.extend({ keptEdited: z.array(z.string()), changedSections: z.array(z.string()) }),
        },
      },
    },
    async (req) =>
      run(req, (ctx) => regenerateReport(ctx, req.params.communeId, req.params.id, req.body ?? {})),
  );
  app.get(
    `${base}/:id/checks`,
    { schema: { tags, params: ReportParams, response: { 200: CheckResult } } },
    async (req) => run(req, (ctx) => reportChecks(ctx, req.params.communeId, req.params.id)),
  );
  app.post(
    `${base}/:id/finalise`,
    {
      schema: {
        tags,
        summary: 'Ban hành: kiểm tra, cấp số …/BC-UBND từ sổ văn bản, khóa nội dung',
        params: ReportParams,
        body: FinaliseInput.nullish(),
        response: { 200: Report, 409: ChecksRefused },
      },
    },
    async (req, reply) => {
      try {
        return await run(req, (ctx) => finaliseReport(ctx, req.params.communeId, req.params.id, req.body));
      } catch (err) {
        if (!(err instanceof ChecksFailed)) throw err;
        return reply.status(409).send({
          error: {
            code: 'conflict' as const,
            message: err.userMessage,
            checks: err.checks,
            requestId: String(req.id),
          },
        });
      }
    },
  );
  app.post(
    `${base}/:id/versions`,
    {
      schema: {
        tags,
        summary: 'Tạo phiên bản mới (dự thảo) từ báo cáo đã ban hành',
        params: ReportParams,
        response: { 201: Report },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await run(req, (ctx) => newVersion(ctx, req.params.communeId, req.params.id))),
  );
  app.get(
    `${base}/:id/docx`,
    { schema: { tags, summary: 'Tải báo cáo (DOCX, thể thức Nghị định 30/2020)', params: ReportParams } },
    async (req, reply) => {
      const { content, version } = await run(req, async (ctx) => {
        const r = await loadReport(ctx, req.params.communeId, req.params.id);
        return { content: r.content, version: r.row.version };
      });
      return sendFile(reply, {
        mediaType: docxType,
        name: fileName(content, version),
        content: await renderDocx(content),
      });
    },
  );
  app.get(
    `${base}/:id/preview`,
    { schema: { tags, summary: 'Xem trước khổ A4 để in hoặc lưu PDF', params: ReportParams } },
    async (req, reply) => {
      const { content } = await run(req, (ctx) => loadReport(ctx, req.params.communeId, req.params.id));
      return reply.type('text/html; charset=utf-8').send(renderHtml(content));
    },
  );
};
