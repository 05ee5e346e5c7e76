import { AppError } from '../../../platform/errors.ts';
import type { FieldSpec } from './fields.ts';
import { valueKey } from './values.ts';

/** A column mapping for a non-canonical layout: field → the header used in the file. */
export type ColumnMapping<F extends string = string> = Partial<Record<F, string>>;

/** Where each field is in the file, and the header as the file writes it (for error messages). */
export type Columns<F extends string> = Partial<Record<F, { index: number; header: string }>>;

export interface Resolution<F extends string> {
  columns: Columns<F>;
  /** Required fields with no column, with the header that was looked for. */
  missing: { field: F; header: string; mapped: boolean }[];
}

/**
 * Finds each field's column in a header row. A field's candidates, in order: the header the
 * explicit mapping names, the header a saved mapping names (ignored when the file lacks it), the
 * canonical header and its aliases. Headers compare by `valueKey`, so case, spacing, punctuation
 * and diacritics do not matter. The first matching column wins.
 */
export function resolveColumns<F extends string>(
  headerCells: readonly string[],
  fields: readonly FieldSpec<F>[],
  mapping: { explicit?: ColumnMapping<F>; saved?: ColumnMapping<F> } = {},
): Resolution<F> {
  const positions = new Map<string, number>();
  headerCells.forEach((cell, index) => {
    const key = valueKey(cell);
    if (key && !positions.has(key)) positions.set(key, index);
  });
  const columns: Columns<F> = {};
  const missing: Resolution<F>['missing'] = [];
  for (const spec of fields) {
    const explicit = mapping.explicit?.[spec.field];
    const candidates = explicit
      ? [explicit]
      : [mapping.saved?.[spec.field], spec.header, ...(spec.aliases ?? [])].filter((h): h is string => !!h);
    const found = candidates.map((h) => positions.get(valueKey(h))).find((i) => i !== undefined);
    if (found !== undefined)
      columns[spec.field] = { index: found, header: (headerCells[found] ?? '').trim() };
    else if (spec.required || explicit)
      missing.push({ field: spec.field, header: explicit ?? spec.header, mapped: !!explicit });
  }
  return { columns, missing };
}

/**
 * Reads a mapping given by a user: keys are field ids (`receivedDate`) or canonical headers
 * ("Ngày tiếp nhận"), values are the headers of their file. Throws a Vietnamese validation error
 * for anything else.
 */
export function normalizeMapping<F extends string>(
  raw: unknown,
  fields: readonly FieldSpec<F>[],
): ColumnMapping<F> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new AppError(
      'validation',
      'Bảng ánh xạ cột phải có dạng {"trường": "tiêu đề cột trong tệp"}, ví dụ {"Mã hồ sơ": "Số biên nhận"}.',
      { mapping: 'Không đúng dạng' },
    );
  }
  const out: ColumnMapping<F> = {};
  for (const [key, value] of Object.entries(raw)) {
    const spec =
      fields.find((f) => f.field === key) ?? fields.find((f) => valueKey(f.header) === valueKey(key));
    if (!spec) {
      throw new AppError(
        'validation',
        `Bảng ánh xạ cột có trường "${key}" không thuộc bố cục chuẩn (${fields.map((f) => f.header).join(', ')}).`,
        { mapping: `Trường không hợp lệ: ${key}` },
      );
    }
    if (typeof value !== 'string' || value.trim() === '' || value.length > 200) {
      throw new AppError(
        'validation',
        `Bảng ánh xạ cột: tiêu đề cột cho "${spec.header}" phải là chữ (tối đa 200 ký tự).`,
        {
          mapping: `Giá trị không hợp lệ: ${key}`,
        },
      );
    }
    out[spec.field] = value.trim();
  }
  return out;
}

/** Parses the `mapping` given as JSON text (query parameter, CLI flag). */
export function parseMappingJson<F extends string>(
  text: string | undefined,
  fields: readonly FieldSpec<F>[],
) {
  if (text === undefined) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new AppError('validation', 'Bảng ánh xạ cột không phải JSON hợp lệ.', {
      mapping: 'JSON không hợp lệ',
    });
  }
  return normalizeMapping(raw, fields);
}
