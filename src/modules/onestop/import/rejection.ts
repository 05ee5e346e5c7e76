import { AppError } from '../../../platform/errors.ts';

/** One reason a row (or the file) cannot be imported, as the official will look it up. */
export interface RowError {
  /** Line (CSV) or row (XLSX) number as the official sees it; 0 for the file as a whole. */
  line: number;
  /** The column header as written in the file. */
  column: string;
  reason: string;
}

/** Keeps the first `cap` errors and counts the rest, so a hopeless file cannot exhaust memory. */
export class ErrorList {
  readonly rows: RowError[] = [];
  count = 0;
  constructor(readonly cap = 1000) {}

  add(line: number, column: string, reason: string): void {
    this.count++;
    if (this.rows.length < this.cap) this.rows.push({ line, column, reason });
  }

  /** Adds errors found later (by SQL over the whole file), keeping the list in line order. */
  merge(more: RowError[], moreCount: number): void {
    this.rows.push(...more);
    this.rows.sort((a, b) => a.line - b.line);
    this.rows.length = Math.min(this.rows.length, this.cap);
    this.count += moreCount;
  }
}

/** The file was refused as a whole: nothing was written. Carries the row-by-row list. */
export class ImportRejected extends AppError {
  constructor(
    readonly rows: RowError[],
    readonly errorCount: number,
  ) {
    const shown = rows.length < errorCount ? ` (hiển thị ${rows.length} lỗi đầu tiên)` : '';
    super(
      'validation',
      `Tệp có ${errorCount} lỗi nên chưa nhập dòng nào${shown}. Hãy sửa các dòng được liệt kê rồi nhập lại cả tệp.`,
    );
    this.name = 'ImportRejected';
  }
}

/** A problem with the file itself (format, header row): nothing to read row by row. */
export function rejectFile(column: string, reason: string, line = 0): ImportRejected {
  return new ImportRejected([{ line, column, reason }], 1);
}
