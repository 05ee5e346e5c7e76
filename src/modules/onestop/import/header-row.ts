import type { FieldSpec } from './fields.ts';
import { type ColumnMapping, type Columns, resolveColumns } from './headers.ts';
import type { TableRow } from './reader.ts';
import { ImportRejected, type RowError, rejectFile } from './rejection.ts';

export const isBlank = (row: TableRow) => row.cells.every((c) => c.trim() === '');

/** How far down the header row may be: exports often open with a title and a date line. */
const HEADER_SCAN = 10;

/**
 * Reads rows until the header row: the first row (among the first ten that are not blank) in
 * which every required field finds its column. Title lines above it are skipped. When no row
 * qualifies, the file is refused with the missing columns and the headers the file does have.
 */
export async function readHeader<F extends string>(
  batches: AsyncIterator<TableRow[]>,
  fields: readonly FieldSpec<F>[],
  mapping: { explicit?: ColumnMapping<F>; saved?: ColumnMapping<F> },
): Promise<{ columns: Columns<F>; line: number; rest: TableRow[] }> {
  let best: { row: TableRow; missing: ReturnType<typeof resolveColumns<F>>['missing'] } | undefined;
  let seen = 0;
  scan: while (seen < HEADER_SCAN) {
    const next = await batches.next();
    if (next.done) break;
    const rows = next.value;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as TableRow;
      if (isBlank(row)) continue;
      const { columns, missing } = resolveColumns(row.cells, fields, mapping);
      if (missing.length === 0) return { columns, line: row.line, rest: rows.slice(i + 1) };
      if (!best || missing.length < best.missing.length) best = { row, missing };
      if (++seen >= HEADER_SCAN) break scan;
    }
  }
  if (!best) throw rejectFile('Tệp', 'Tệp không có dữ liệu.');
  const found = best.row.cells.map((c) => c.trim()).filter(Boolean);
  const errors: RowError[] = best.missing.map((m) => ({
    line: best.row.line,
    column: m.header,
    reason: m.mapped
      ? `Không có cột "${m.header}" mà bảng ánh xạ chỉ định.`
      : `Thiếu cột "${m.header}" (so khớp không phân biệt hoa thường, dấu và khoảng trắng).`,
  }));
  errors.push({
    line: best.row.line,
    column: 'Dòng tiêu đề',
    reason: `Các cột có trong tệp: ${found.map((c) => `"${c}"`).join(', ') || '(trống)'}. Nếu tệp dùng tên cột khác, hãy khai báo bảng ánh xạ cột. Nếu tên cột bị lỗi phông chữ, hãy lưu tệp dạng CSV UTF-8.`,
  });
  throw new ImportRejected(errors, errors.length);
}
