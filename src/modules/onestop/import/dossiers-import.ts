import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../../platform/audit.ts';
import { type Ctx, requireRole, requireWrite } from '../../../platform/context.ts';
import { getCommune } from '../../units/service.ts';
import { vnDateTime } from '../appointment.ts';
import { DossierRowChecker } from './dossier-rows.ts';
import {
  createStaging,
  dropStaging,
  findDeskCollisions,
  findDuplicates,
  mergeStaging,
  StagingBatch,
  StagingWriter,
} from './dossier-staging.ts';
import { type DossierField, dossierFields } from './fields.ts';
import { isBlank, readHeader } from './header-row.ts';
import type { ColumnMapping } from './headers.ts';
import { loadMapping, saveMapping } from './mappings.ts';
import { readTable, type TableFormat, type TableInput } from './reader.ts';
import { ErrorList, ImportRejected } from './rejection.ts';
import type { ImportProgress, ImportResult } from './schema.ts';

export interface ImportFile extends Omit<TableInput, 'onBytes' | 'onFormat'> {
  /** Recorded in the audit log. */
  fileName?: string;
  /** Size of the file, for progress. */
  totalBytes?: number;
}

export interface ImportOptions<F extends string> {
  /** Column mapping for a non-canonical layout; saved for the commune when the import succeeds. */
  mapping?: ColumnMapping<F>;
  /** Check and count everything, write nothing. */
  dryRun?: boolean;
  onProgress?: (p: ImportProgress) => void;
  /** Rows per round trip to the staging table. */
  batchSize?: number;
  /** Errors listed at most (all are counted). */
  errorCap?: number;
}

/** Only the commune's own staff import; tenancy first (404 outside the scope, 403 read-only). */
export async function authorizeImport(ctx: Ctx, communeId: string): Promise<void> {
  requireWrite(ctx, communeId);
  requireRole(ctx, 'officer', 'leader', 'admin');
  await getCommune(ctx, { id: communeId });
}

/**
 * Imports a dossier list exported by a provincial one-stop system (docs/onestop-import.md).
 *
 * All or nothing, in the caller's transaction: rows stream from the file through the row checks
 * into a temporary staging table in batches (memory stays bounded whatever the file's size);
 * whole-file checks (duplicate codes, codes of desk dossiers) run in SQL over the staging table;
 * any error throws ImportRejected with the row-by-row list, which rolls everything back. Then one
 * set-based upsert keyed by (commune, Mã hồ sơ) writes only what is new or changed, and one audit
 * row records the import.
 */
export async function importDossiers(
  ctx: Ctx,
  communeId: string,
  file: ImportFile,
  options: ImportOptions<DossierField> = {},
): Promise<ImportResult> {
  await authorizeImport(ctx, communeId);
  const saved = options.mapping ? undefined : await loadMapping(ctx.tx, communeId, 'dossiers', dossierFields);
  const today = vnDateTime(ctx.asOf).date;
  const errors = new ErrorList(options.errorCap ?? 1000);
  const batchSize = options.batchSize ?? 5000;
  let bytes = 0;
  let rowsRead = 0;
  let valid = 0;
  let format: TableFormat = 'csv';
  const report = (phase: ImportProgress['phase']) =>
    options.onProgress?.({ phase, rows: rowsRead, bytes, totalBytes: file.totalBytes });

  if (options.dryRun) await ctx.tx.exec('savepoint onestop_dossier_import');
  await createStaging(ctx.tx);
  const batches = readTable({
    ...file,
    onBytes: (n) => {
      bytes = n;
    },
    onFormat: (f) => {
      format = f;
    },
  });
  let codeHeader = dossierFields[0]?.header ?? 'Mã hồ sơ';
  try {
    const { columns, rest } = await readHeader(batches, dossierFields, { explicit: options.mapping, saved });
    codeHeader = columns.code?.header ?? codeHeader;
    const batch = new StagingBatch();
    const writer = new StagingWriter(ctx.tx);
    const checker = new DossierRowChecker(columns, today, errors);
    report('reading');
    for (let rows = rest; ; ) {
      for (const row of rows) {
        if (isBlank(row)) continue;
        rowsRead++;
        const checked = checker.check(row);
        if (checked.ok) {
          valid++;
          // Once the file is known to be refused only codes matter (for the duplicate check).
          if (errors.count === 0) batch.add(checked.row);
          else batch.addCodeOnly(checked.row.line, checked.row.code);
        } else if (checked.code) {
          batch.addCodeOnly(checked.line, checked.code);
        }
        if (batch.size >= batchSize) {
          await writer.send(batch);
          report('reading');
        }
      }
      const next = await batches.next();
      if (next.done) break;
      rows = next.value;
    }
    await writer.send(batch);
    await writer.drain();
  } finally {
    await batches.return(undefined);
  }

  report('checking');
  const duplicates = await findDuplicates(ctx.tx, codeHeader, errors.cap);
  errors.merge(duplicates.rows, duplicates.count);
  if (errors.count === 0) {
    const collisions = await findDeskCollisions(ctx.tx, communeId, codeHeader, errors.cap);
    errors.merge(collisions.rows, collisions.count);
  }
  if (errors.count > 0) throw new ImportRejected(errors.rows, errors.count);

  report('writing');
  const { inserted, updated } = await mergeStaging(ctx.tx, communeId);
  await dropStaging(ctx.tx);
  const result: ImportResult = {
    fileName: file.fileName ?? null,
    format,
    rows: rowsRead,
    inserted,
    updated,
    unchanged: valid - inserted - updated,
    dryRun: options.dryRun ?? false,
    errors: [],
  };
  if (options.dryRun) {
    await ctx.tx.exec(
      'rollback to savepoint onestop_dossier_import; release savepoint onestop_dossier_import',
    );
  } else {
    if (options.mapping) await saveMapping(ctx.tx, communeId, 'dossiers', options.mapping);
    await recordAudit(ctx, {
      communeId,
      entity: 'dossier_import',
      entityId: randomUUID(),
      action: 'create',
      after: { ...withoutErrors(result), mapping: options.mapping ?? saved ?? null },
    });
  }
  report('done');
  return result;
}

const withoutErrors = ({ errors: _, ...rest }: ImportResult) => rest;
