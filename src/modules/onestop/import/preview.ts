import type { FieldSpec } from './fields.ts';
import { isBlank } from './header-row.ts';
import { type ColumnMapping, resolveColumns } from './headers.ts';
import { readTable, type TableFormat, type TableInput } from './reader.ts';
import { rejectFile } from './rejection.ts';

/** What the column-mapping screen needs before an import: the file's header row and its matches. */
export interface HeaderPreview<F extends string = string> {
  format: TableFormat;
  /** Line of the header row as the official sees it in Excel or a text editor. */
  line: number;
  /** The header row's cells, as written in the file (blank cells dropped). */
  headers: string[];
  /** Each field's matched header in the file, or null (saved mapping first, then the layout's names). */
  columns: Record<F, string | null>;
  /** Required fields with no column: the import would refuse the file until they are mapped. */
  missing: F[];
  /** Up to three data rows under the header, cell by cell in header order. */
  sample: string[][];
}

/** Rows read at most: the header search looks at the first ten non-blank rows. */
const SCAN_ROWS = 10;
const SAMPLE_ROWS = 3;

/**
 * Reads only the top of a file (the browser sends the first few hundred kilobytes of a CSV) and
 * finds its header row the way the importer does: the first row where every required field finds
 * a column, else the row that comes closest. A slice cut inside a quoted cell may fail to parse at
 * its end; rows read before that are enough.
 */
export async function previewHeaders<F extends string>(
  file: Pick<TableInput, 'input' | 'format' | 'maxBytes'>,
  fields: readonly FieldSpec<F>[],
  saved?: ColumnMapping<F>,
): Promise<HeaderPreview<F>> {
  let format: TableFormat = 'csv';
  const rows: { line: number; cells: string[] }[] = [];
  const batches = readTable({
    ...file,
    onFormat: (f) => {
      format = f;
    },
  });
  try {
    scan: for await (const batch of batches) {
      for (const row of batch) {
        if (isBlank(row)) continue;
        rows.push(row);
        if (rows.length >= SCAN_ROWS + SAMPLE_ROWS) break scan;
      }
    }
  } catch (err) {
    if (rows.length === 0) throw err;
  }
  if (rows.length === 0) throw rejectFile('Tệp', 'Tệp không có dữ liệu.');

  let best: { index: number; missing: number } | undefined;
  for (let i = 0; i < Math.min(rows.length, SCAN_ROWS); i++) {
    const missing = resolveColumns(rows[i]?.cells ?? [], fields, { saved }).missing.length;
    if (!best || missing < best.missing) best = { index: i, missing };
    if (missing === 0) break;
  }
  const headerRow = rows[best?.index ?? 0] ?? { line: 1, cells: [] };
  const resolution = resolveColumns(headerRow.cells, fields, { saved });
  const columns = Object.fromEntries(
    fields.map((f) => [f.field, resolution.columns[f.field]?.header ?? null]),
  ) as Record<F, string | null>;
  const kept = headerRow.cells.map((c, i) => ({ header: c.trim(), i })).filter((c) => c.header !== '');
  return {
    format,
    line: headerRow.line,
    headers: kept.map((c) => c.header),
    columns,
    missing: resolution.missing.map((m) => m.field),
    sample: rows
      .slice((best?.index ?? 0) + 1, (best?.index ?? 0) + 1 + SAMPLE_ROWS)
      .map((r) => kept.map((c) => (r.cells[c.i] ?? '').trim())),
  };
}
