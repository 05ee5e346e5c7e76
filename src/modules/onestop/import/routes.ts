import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../../platform/db/types.ts';
import { AppError } from '../../../platform/errors.ts';
import { runFor } from '../../../platform/http/context.ts';
import { getCommune } from '../../units/service.ts';
import { authorizeImport, type ImportFile, importDossiers } from './dossiers-import.ts';
import { dossierFields, procedureFields } from './fields.ts';
import { parseMappingJson } from './headers.ts';
import { loadMapping } from './mappings.ts';
import { previewHeaders } from './preview.ts';
import { importProcedures } from './procedures-import.ts';
import { ImportRejected } from './rejection.ts';
import { HeaderPreview, ImportQuery, ImportRejection, ImportResult } from './schema.ts';

/** Upload size limit of the import routes: a million-row export is about 170 MB of CSV. */
export const maxImportBytes = 256 * 1024 * 1024;

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
// Windows labels .csv files application/vnd.ms-excel; the content decides anyway (see reader.ts).
const fileTypes = ['text/csv', xlsxType, 'application/vnd.ms-excel', 'application/octet-stream'];

const CommuneParams = z.object({ communeId: z.uuid() });
const tags = ['onestop'];

/**
 * Imports of provincial exports. The file is the raw request body (text/csv, the XLSX type, or
 * application/octet-stream with ?format=csv|xlsx), read as a stream straight into the importer:
 * never buffered whole. Tenancy and role are checked before a byte of it is read. A refused file
 * answers 400 with every row error: {error: {code: 'validation', message, rows, errorCount}}.
 */
export const onestopImportRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (app, { db }) => {
  const run = runFor(db);
  // In this plugin's scope only: hand the body over as a stream.
  app.addContentTypeParser(fileTypes, (_request, payload, done) => done(null, payload));

  const fileOf =
    (
      request: { body: unknown; headers: Record<string, unknown> },
      query: Pick<z.infer<typeof ImportQuery>, 'format' | 'fileName'>,
    ) =>
    (): ImportFile => {
      if (!(request.body instanceof Readable)) {
        throw new AppError(
          'bad_input',
          'Hãy gửi tệp CSV hoặc Excel (.xlsx) làm nội dung yêu cầu, kiểu text/csv hoặc application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.',
        );
      }
      const length = Number(request.headers['content-length']);
      if (length > maxImportBytes) {
        throw new AppError('validation', `Tệp quá lớn: tối đa ${maxImportBytes / 1024 / 1024} MB.`, {
          file: 'Quá lớn',
        });
      }
      return {
        input: request.body,
        format: query.format,
        maxBytes: maxImportBytes,
        totalBytes: Number.isFinite(length) && length > 0 ? length : undefined,
        fileName: query.fileName,
      };
    };

  const rejected = (err: unknown, requestId: string) =>
    err instanceof ImportRejected
      ? {
          error: {
            code: 'validation' as const,
            message: err.userMessage,
            rows: err.rows,
            errorCount: err.errorCount,
            requestId,
          },
        }
      : undefined;

  app.post(
    '/api/communes/:communeId/dossier-imports',
    {
      bodyLimit: maxImportBytes,
      schema: {
        tags,
        summary: 'Nhập danh sách hồ sơ (CSV/XLSX) xuất từ hệ thống một cửa của tỉnh',
        params: CommuneParams,
        querystring: ImportQuery,
        response: { 200: ImportResult, 400: ImportRejection },
      },
    },
    async (request, reply) => {
      const file = fileOf(request, request.query);
      const { communeId } = request.params;
      try {
        return await run(request, async (ctx) => {
          await authorizeImport(ctx, communeId);
          const mapping = parseMappingJson(request.query.mapping, dossierFields);
          return importDossiers(ctx, communeId, file(), { mapping, dryRun: request.query.dryRun });
        });
      } catch (err) {
        const body = rejected(err, String(request.id));
        if (body) return reply.status(400).send(body);
        throw err;
      }
    },
  );

  app.post(
    '/api/communes/:communeId/procedure-imports',
    {
      bodyLimit: maxImportBytes,
      schema: {
        tags,
        summary: 'Nhập danh mục thủ tục hành chính (CSV/XLSX)',
        params: CommuneParams,
        querystring: ImportQuery,
        response: { 200: ImportResult, 400: ImportRejection },
      },
    },
    async (request, reply) => {
      const file = fileOf(request, request.query);
      const { communeId } = request.params;
      try {
        return await run(request, async (ctx) => {
          await authorizeImport(ctx, communeId);
          const mapping = parseMappingJson(request.query.mapping, procedureFields);
          return importProcedures(ctx, communeId, file(), { mapping, dryRun: request.query.dryRun });
        });
      } catch (err) {
        const body = rejected(err, String(request.id));
        if (body) return reply.status(400).send(body);
        throw err;
      }
    },
  );

  app.post(
    '/api/communes/:communeId/import-previews/:kind',
    {
      // The web app sends the first few hundred kilobytes of a CSV; an XLSX has to come whole.
      bodyLimit: maxImportBytes,
      schema: {
        tags,
        summary: 'Đọc dòng tiêu đề của tệp trước khi nhập, để ánh xạ cột',
        params: CommuneParams.extend({ kind: z.enum(['dossiers', 'procedures']) }),
        querystring: ImportQuery.pick({ format: true }),
        response: { 200: HeaderPreview, 400: ImportRejection },
      },
    },
    async (request, reply) => {
      const file = fileOf(request, request.query);
      const { communeId, kind } = request.params;
      try {
        return await run(request, async (ctx) => {
          await authorizeImport(ctx, communeId);
          const fields = kind === 'dossiers' ? dossierFields : procedureFields;
          const saved = await loadMapping<string>(ctx.tx, communeId, kind, fields);
          return previewHeaders(file(), fields, saved);
        });
      } catch (err) {
        const body = rejected(err, String(request.id));
        if (body) return reply.status(400).send(body);
        throw err;
      }
    },
  );

  app.get(
    '/api/communes/:communeId/import-mappings/:kind',
    {
      schema: {
        tags,
        summary: 'Bố cục chuẩn và bảng ánh xạ cột đã lưu của xã',
        params: CommuneParams.extend({ kind: z.enum(['dossiers', 'procedures']) }),
        response: {
          200: z.object({
            kind: z.enum(['dossiers', 'procedures']),
            fields: z.array(z.object({ field: z.string(), header: z.string(), required: z.boolean() })),
            mapping: z.record(z.string(), z.string()).nullable(),
          }),
        },
      },
    },
    async (request) =>
      run(request, async (ctx) => {
        const { communeId, kind } = request.params;
        await getCommune(ctx, { id: communeId });
        const fields = kind === 'dossiers' ? dossierFields : procedureFields;
        const mapping = await loadMapping<string>(ctx.tx, communeId, kind, fields);
        return {
          kind,
          fields: fields.map(({ field, header, required }) => ({ field, header, required })),
          mapping: (mapping as Record<string, string> | undefined) ?? null,
        };
      }),
  );
};
