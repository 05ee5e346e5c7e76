import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../platform/db/types.ts';
import { runFor } from '../../platform/http/context.ts';
import { sendFile } from '../documents/files.ts';
import { vnDateTime } from '../onestop/appointment.ts';
import { rollupDocx } from './docx.ts';
import { Rollup, RollupQuery } from './schema.ts';
import { getRollup, provinceRollup } from './service.ts';
import { rollupXlsx } from './xlsx.ts';

const ProvinceParams = z.object({ id: z.uuid() });
const tags = ['rollup'];
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const fileBase = (r: Rollup) =>
  `tong-hop-${r.genre}-${r.period.key.replace(/\.\./g, '_')}-${r.province.code}`;

/** The province roll-up: a table of its communes × indicators, as JSON, XLSX and a summary DOCX. */
export const rollupRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (app, { db }) => {
  const run = runFor(db);

  app.get(
    '/api/provinces/:id/rollup',
    {
      schema: {
        tags,
        summary:
          'Bảng tổng hợp các xã × chỉ tiêu của một kỳ (tổng, bình quân, bất thường, báo cáo đã ban hành)',
        params: ProvinceParams,
        querystring: RollupQuery,
        response: { 200: Rollup },
      },
    },
    async (req) => run(req, (ctx) => getRollup(ctx, req.params.id, req.query)),
  );
  app.get(
    '/api/provinces/:id/rollup/xlsx',
    {
      schema: {
        tags,
        summary: 'Tải bảng tổng hợp (Excel)',
        params: ProvinceParams,
        querystring: RollupQuery,
      },
    },
    async (req, reply) => {
      const rollup = await run(req, (ctx) => getRollup(ctx, req.params.id, req.query));
      return sendFile(reply, {
        mediaType: xlsxType,
        name: `${fileBase(rollup)}.xlsx`,
        content: await rollupXlsx(rollup),
      });
    },
  );
  app.get(
    '/api/provinces/:id/rollup/docx',
    {
      schema: {
        tags,
        summary: 'Tải báo cáo tổng hợp cấp tỉnh (DOCX)',
        params: ProvinceParams,
        querystring: RollupQuery,
      },
    },
    async (req, reply) => {
      const { rollup, full, today } = await run(req, async (ctx) => {
        const { full, ...rest } = await provinceRollup(ctx, req.params.id, req.query);
        return { rollup: Rollup.parse(rest), full, today: vnDateTime(ctx.asOf).date };
      });
      return sendFile(reply, {
        mediaType: docxType,
        name: `${fileBase(rollup)}.docx`,
        content: await rollupDocx(rollup, full, today),
      });
    },
  );
};
