import { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../../platform/context.ts';
import type { Database } from '../../../platform/db/types.ts';
import { AppError } from '../../../platform/errors.ts';
import { runFor } from '../../../platform/http/context.ts';
import { CommuneParams } from '../../../platform/http/params.ts';
import { getCommune } from '../../units/service.ts';
import { authorizeImport, type ImportFile, type ImportOptions, importDossiers } from './dossiers-import.ts';
import { dossierFields, type FieldSpec, procedureFields } from './fields.ts';
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

  /**
   * Runs an import step once tenancy and role allow it. A refused file answers 400 with every row
   * error (the route's ImportRejection), not the generic error body.
   */
  const runImport = async <T>(
    request: FastifyRequest,
    reply: FastifyReply,
    communeId: string,
    work: (ctx: Ctx) => Promise<T>,
  ) => {
    try {
      return await run(request, async (ctx) => {
        await authorizeImport(ctx, communeId);
        return work(ctx);
      });
    } catch (err) {
      if (!(err instanceof ImportRejected)) throw err;
      return reply.status(400).send({
        error: {
          code: 'validation' as const,
          message: err.userMessage,
          rows: err.rows,
          errorCount: err.errorCount,
          requestId: String(request.id),
        },
      });
    }
  };

  const importRoute = <F extends string>(
    path: string,
    summary: string,
    fields: readonly FieldSpec<F>[],
    importer: (
      ctx: Ctx,
      communeId: string,
      file: ImportFile,
      options: ImportOptions<F>,
    ) => Promise<ImportResult>,
  ) =>
    app.post(
      `/api/communes/:communeId/${path}`,
      {
        bodyLimit: maxImportBytes,
        schema: {
          tags,
          summary,
          params: CommuneParams,
          querystring: ImportQuery,
          response: { 200: ImportResult, 400: ImportRejection },
        },
      },
      async (request, reply) => {
        const file = fileOf(request, request.query);
        const { communeId } = request.params;
        return runImport(request, reply, communeId, (ctx) => {
          const mapping = parseMappingJson(request.query.mapping, fields);
          return importer(ctx, communeId, file(), { mapping, dryRun: request.query.dryRun });
        });
      },
    );
  importRoute(
    'dossier-imports',
    'Nhập danh sách hồ sơ (CSV/XLSX) xuất từ hệ thống một cửa của tỉnh',
    dossierFields,
    importDossiers,
  );
  importRoute(
    'procedure-imports',
    'Nhập danh mục thủ tục hành chính (CSV/XLSX)',
    procedureFields,
    importProcedures,
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
      return runImport(request, reply, communeId, async (ctx) => {
        const fields = kind === 'dossiers' ? dossierFields : procedureFields;
        const saved = await loadMapping<string>(ctx.tx, communeId, kind, fields);
        return previewHeaders(file(), fields, saved);
      });
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
