import { randomUUID } from 'node:crypto';
import { normalizeText } from '../../../domain/vi/index.ts';
import { recordAudit } from '../../../platform/audit.ts';
import type { Ctx } from '../../../platform/context.ts';
import '../../../platform/validation.ts';
import * as q from '../procedure-queries.ts';
import { ProcedureInput } from '../schema.ts';
import { authorizeImport, type ImportFile, type ImportOptions } from './dossiers-import.ts';
import { civilStatusValues, onlineLevelValues, type ProcedureField, procedureFields } from './fields.ts';
import { isBlank, readHeader } from './header-row.ts';
import type { Columns } from './headers.ts';
import { loadMapping, saveMapping } from './mappings.ts';
import { readTable, type TableFormat, type TableRow } from './reader.ts';
import { ErrorList, ImportRejected } from './rejection.ts';
import type { ImportProgress, ImportResult } from './schema.ts';
import { parseFee, parseWorkingDays, vocabulary } from './values.ts';

/** A catalogue has hundreds of procedures; a file far larger than that is not a catalogue. */
const MAX_PROCEDURES = 20_000;

const onlineLevelOf = vocabulary(onlineLevelValues);
const civilStatusOf = vocabulary(civilStatusValues);
const header = Object.fromEntries(procedureFields.map((f) => [f.field, f.header])) as Record<
  ProcedureField,
  string
>;
// Where a ProcedureInput field comes from in the file, for zod's messages.
const sourceOf: Record<string, ProcedureField> = {
  code: 'code',
  name: 'name',
  sector: 'sector',
  processingDays: 'processingDays',
  onlineLevel: 'onlineLevel',
  feeVnd: 'fee',
  civilStatusEvent: 'civilStatusEvent',
};

/** One catalogue row → a ProcedureInput (the schema the API and the form use), or its errors. */
export function checkProcedureRow(row: TableRow, columns: Columns<ProcedureField>, errors: ErrorList) {
  const column = (f: ProcedureField) => columns[f]?.header || header[f];
  const cell = (f: ProcedureField) => {
    const c = columns[f];
    return c ? normalizeText((row.cells[c.index] ?? '').trim()) : '';
  };
  let ok = true;
  const fail = (f: ProcedureField, reason: string) => {
    ok = false;
    errors.add(row.line, column(f), reason);
  };

  const daysText = cell('processingDays');
  const processingDays = parseWorkingDays(daysText);
  if (daysText === '') fail('processingDays', 'Không được để trống.');
  else if (processingDays === undefined) {
    fail('processingDays', `"${daysText}" không phải số ngày làm việc (ví dụ 3, "03 ngày", "Trong ngày").`);
  }
  const levelText = cell('onlineLevel');
  const onlineLevel = levelText === '' ? 'none' : onlineLevelOf(levelText);
  if (onlineLevel === undefined) {
    fail(
      'onlineLevel',
      `"${levelText}" không phải mức độ trực tuyến hợp lệ; dùng: Một phần, Toàn trình, Không.`,
    );
  }
  const feeText = cell('fee');
  const feeVnd = parseFee(feeText);
  if (feeVnd === undefined) {
    fail(
      'fee',
      `Không đọc được mức phí "${feeText}"; ghi một số tiền (ví dụ 8.000), "Không", hoặc để trống.`,
    );
  }
  const eventText = cell('civilStatusEvent');
  const civilStatusEvent = eventText === '' ? null : civilStatusOf(eventText);
  if (civilStatusEvent === undefined) {
    fail(
      'civilStatusEvent',
      `"${eventText}" không phải sự kiện hộ tịch; dùng: Khai sinh, Kết hôn, Khai tử, hoặc để trống.`,
    );
  }

  const parsed = ProcedureInput.safeParse({
    code: cell('code'),
    name: cell('name'),
    sector: cell('sector'),
    processingDays: processingDays ?? 0,
    onlineLevel: onlineLevel ?? 'none',
    feeVnd: feeVnd ?? null,
    civilStatusEvent: civilStatusEvent ?? null,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const f = sourceOf[String(issue.path[0])] ?? 'code';
      const empty = cell(f) === '';
      fail(f, empty ? 'Không được để trống.' : issue.message);
    }
  }
  return ok && parsed.success ? parsed.data : undefined;
}

/**
 * Imports a procedure catalogue (CSV or XLSX) through the same reader, header matching, mapping
 * and error list as the dossier import. A catalogue is small, so rows are written as they are
 * read — by code, with the same upsert as the catalogue form — and any error still rolls the
 * whole file back. Unchanged procedures are not touched; a procedure's "published" flag is kept.
 */
export async function importProcedures(
  ctx: Ctx,
  communeId: string,
  file: ImportFile,
  options: ImportOptions<ProcedureField> = {},
): Promise<ImportResult> {
  await authorizeImport(ctx, communeId);
  const saved = options.mapping
    ? undefined
    : await loadMapping(ctx.tx, communeId, 'procedures', procedureFields);
  const errors = new ErrorList(options.errorCap ?? 1000);
  const counts = { rows: 0, inserted: 0, updated: 0, unchanged: 0 };
  let bytes = 0;
  let format: TableFormat = 'csv';
  const report = (phase: ImportProgress['phase']) =>
    options.onProgress?.({ phase, rows: counts.rows, bytes, totalBytes: file.totalBytes });

  if (options.dryRun) await ctx.tx.exec('savepoint onestop_procedure_import');
  const batches = readTable({
    ...file,
    onBytes: (n) => {
      bytes = n;
    },
    onFormat: (f) => {
      format = f;
    },
  });
  try {
    const { columns, rest } = await readHeader(batches, procedureFields, {
      explicit: options.mapping,
      saved,
    });
    const codeColumn = columns.code?.header ?? header.code;
    const firstLine = new Map<string, number>();
    report('reading');
    for (let rows = rest; ; ) {
      for (const row of rows) {
        if (isBlank(row)) continue;
        if (++counts.rows > MAX_PROCEDURES) {
          throw new ImportRejected(
            [
              {
                line: row.line,
                column: 'Tệp',
                reason: `Danh mục có hơn ${MAX_PROCEDURES} dòng: không phải danh mục thủ tục của một xã?`,
              },
            ],
            1,
          );
        }
        const input = checkProcedureRow(row, columns, errors);
        if (!input) continue;
        const first = firstLine.get(input.code);
        if (first !== undefined) {
          errors.add(row.line, codeColumn, `Mã thủ tục "${input.code}" trùng với dòng ${first}.`);
          continue;
        }
        firstLine.set(input.code, row.line);
        if (errors.count > 0) continue;
        const before = await q.selectProcedure(ctx.tx, communeId, { code: input.code });
        if (before && sameProcedure(before, input)) {
          counts.unchanged++;
          continue;
        }
        await q.upsertProcedure(ctx.tx, communeId, {
          ...input,
          published: before?.published ?? input.published,
        });
        if (before) counts.updated++;
        else counts.inserted++;
      }
      report('reading');
      const next = await batches.next();
      if (next.done) break;
      rows = next.value;
    }
  } finally {
    await batches.return(undefined);
  }
  if (errors.count > 0) throw new ImportRejected(errors.rows, errors.count);

  const result: ImportResult = {
    fileName: file.fileName ?? null,
    format,
    ...counts,
    dryRun: options.dryRun ?? false,
    errors: [],
  };
  if (options.dryRun) {
    await ctx.tx.exec(
      'rollback to savepoint onestop_procedure_import; release savepoint onestop_procedure_import',
    );
  } else {
    if (options.mapping) await saveMapping(ctx.tx, communeId, 'procedures', options.mapping);
    const { errors: _, ...summary } = result;
    await recordAudit(ctx, {
      communeId,
      entity: 'procedure_import',
      entityId: randomUUID(),
      action: 'create',
      after: { ...summary, mapping: options.mapping ?? saved ?? null },
    });
  }
  report('done');
  return result;
}

function sameProcedure(
  a: {
    name: string;
    sector: string;
    processingDays: number;
    onlineLevel: string;
    feeVnd: number | null;
    civilStatusEvent: string | null;
  },
  b: ProcedureInput,
): boolean {
  return (
    a.name === b.name &&
    a.sector === b.sector &&
    a.processingDays === b.processingDays &&
    a.onlineLevel === b.onlineLevel &&
    (a.feeVnd ?? null) === (b.feeVnd ?? null) &&
    (a.civilStatusEvent ?? null) === (b.civilStatusEvent ?? null)
  );
}
