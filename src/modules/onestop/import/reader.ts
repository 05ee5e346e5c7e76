import { createReadStream } from 'node:fs';
import { pipeline, Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { AppError } from '../../../platform/errors.ts';
import { rejectFile } from './rejection.ts';

export type TableFormat = 'csv' | 'xlsx';

export interface TableInput {
  /** A file path, or a byte stream such as an HTTP request body (read once, never buffered whole). */
  input: string | Readable;
  /** Checked against the file's first bytes; detected from them when absent. */
  format?: TableFormat;
  /** Refuse a file larger than this many bytes. */
  maxBytes?: number;
  /** Called as bytes are read, for progress. */
  onBytes?: (bytes: number) => void;
  /** Called once the format is known. */
  onFormat?: (format: TableFormat) => void;
}

/** One row of the sheet: its number as the official sees it in Excel or a text editor. */
export interface TableRow {
  line: number;
  cells: string[];
}

const XLSX_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const XLS_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/**
 * Reads a CSV or XLSX table in bounded memory: the file streams through the parser and rows are
 * yielded as they come, in small batches (whatever the parser holds, at most 1,000 rows: one
 * promise per batch rather than per row), with back-pressure — the next bytes are read only when
 * the caller asks for more. XLSX is read with exceljs's streaming reader, first worksheet only.
 */
export async function* readTable(src: TableInput): AsyncGenerator<TableRow[]> {
  const ownStream = typeof src.input === 'string';
  const stream =
    typeof src.input === 'string' ? createReadStream(src.input, { highWaterMark: 1 << 20 }) : src.input;
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  let finished = false;
  let bytes = 0;
  const take = (chunk: Buffer | string) => {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    bytes += buf.length;
    if (src.maxBytes !== undefined && bytes > src.maxBytes) {
      throw new AppError(
        'validation',
        `Tệp quá lớn: tối đa ${Math.round(src.maxBytes / 1024 / 1024)} MB. Hãy chia tệp hoặc dùng lệnh danvan import trên máy chủ.`,
        { file: 'Quá lớn' },
      );
    }
    src.onBytes?.(bytes);
    return buf;
  };

  // Peek at the first bytes: they say whether this is a zip (XLSX), an old .xls, or text.
  const head: Buffer[] = [];
  let headLength = 0;
  while (headLength < 4096) {
    const next = await chunks.next();
    if (next.done) {
      finished = true;
      break;
    }
    const buf = take(next.value);
    head.push(buf);
    headLength += buf.length;
  }
  const first = Buffer.concat(head);
  const format = detectFormat(first, src.format);
  src.onFormat?.(format);

  async function* body() {
    yield* head;
    while (!finished) {
      const next = await chunks.next();
      if (next.done) {
        finished = true;
        return;
      }
      yield take(next.value);
    }
  }
  const bytesIn = Readable.from(body(), { objectMode: false });

  try {
    if (format === 'xlsx') yield* readXlsx(bytesIn);
    else yield* readCsv(bytesIn, sniffDelimiter(first));
  } finally {
    bytesIn.destroy();
    if (ownStream) stream.destroy();
    else if (!finished) {
      // Leave a request body readable to its end so the answer can still be sent over the socket.
      void (async () => {
        try {
          while (!(await chunks.next()).done) {}
        } catch {}
      })();
    }
  }
}

function detectFormat(first: Buffer, declared?: TableFormat): TableFormat {
  if (first.subarray(0, 4).equals(XLS_MAGIC)) {
    throw rejectFile(
      'Tệp',
      'Tệp Excel 97–2003 (.xls) chưa được hỗ trợ: hãy mở bằng Excel và lưu lại dạng .xlsx hoặc CSV UTF-8.',
    );
  }
  const isZip = first.subarray(0, 4).equals(XLSX_MAGIC);
  if (isZip) return 'xlsx';
  if (declared === 'xlsx') throw rejectFile('Tệp', 'Tệp không phải bảng tính Excel .xlsx hợp lệ.');
  if ((first[0] === 0xff && first[1] === 0xfe) || (first[0] === 0xfe && first[1] === 0xff)) {
    throw rejectFile(
      'Tệp',
      'Tệp CSV đang mã hóa UTF-16: hãy lưu lại dạng "CSV UTF-8 (phân cách bằng dấu phẩy)".',
    );
  }
  return 'csv';
}

/**
 * The field separator: of , ; and tab, the one that occurs most often on a single line among the
 * first lines (outside quotes). The header row decides, even below a title line without separators.
 */
export function sniffDelimiter(first: Buffer): string {
  const best: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let line: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  let lines = 0;
  const endLine = () => {
    for (const d of Object.keys(best)) best[d] = Math.max(best[d] ?? 0, line[d] ?? 0);
    line = { ',': 0, ';': 0, '\t': 0 };
    lines++;
  };
  for (const ch of first.toString('utf8')) {
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === '\n') {
      endLine();
      if (lines >= 20) break;
    } else if (ch in line) line[ch] = (line[ch] ?? 0) + 1;
  }
  endLine();
  return Object.entries(best).reduce((a, b) => (b[1] > a[1] ? b : a), [',', 0] as [string, number])[0];
}

const BATCH = 1000;

async function* readCsv(bytesIn: Readable, delimiter: string): AsyncGenerator<TableRow[]> {
  // Empty lines are kept (as one empty cell) so that line numbers can be counted without the
  // parser's per-record `info`, which costs a third of its time: a record starts on the line after
  // the previous one ended, and ends as many lines further as its quoted cells hold line breaks.
  const parser = parse({ bom: true, delimiter, relax_column_count: true, relax_quotes: true });
  pipeline(bytesIn, parser, () => {});
  let line = 1;
  try {
    for await (const records of inBatches<string[]>(parser, BATCH)) {
      const rows: TableRow[] = new Array(records.length);
      for (let i = 0; i < records.length; i++) {
        const cells = records[i] as string[];
        rows[i] = { line, cells };
        line++;
        for (const cell of cells) if (cell.includes('\n') || cell.includes('\r')) line += lineBreaks(cell);
      }
      yield rows;
    }
  } catch (err) {
    if (err instanceof CsvError) {
      throw rejectFile('Tệp', `Lỗi định dạng CSV từ dòng ${line}: ${csvReason(err.code)}`, line);
    }
    throw err;
  } finally {
    parser.destroy();
  }
}

const lineBreaks = (text: string) => text.match(/\r\n|\n|\r/g)?.length ?? 0;

/** The objects an object-mode stream has ready, up to `max` at a time. */
async function* inBatches<T>(stream: Readable, max: number): AsyncGenerator<T[]> {
  let wake: (() => void) | undefined;
  let error: unknown;
  const onEvent = () => {
    wake?.();
    wake = undefined;
  };
  const onError = (err: unknown) => {
    error = err;
    onEvent();
  };
  stream.on('readable', onEvent);
  stream.on('end', onEvent);
  stream.on('error', onError);
  try {
    for (;;) {
      if (error) throw error;
      const batch: T[] = [];
      while (batch.length < max) {
        const item: T | null = stream.read();
        if (item === null) break;
        batch.push(item);
      }
      if (batch.length > 0) {
        yield batch;
        continue;
      }
      if (error) throw error;
      if (stream.readableEnded) return;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  } finally {
    stream.off('readable', onEvent);
    stream.off('end', onEvent);
    stream.off('error', onError);
  }
}

function csvReason(code: string): string {
  switch (code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'dấu ngoặc kép (") mở mà không đóng.';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'có ký tự ngay sau dấu ngoặc kép đóng.';
    default:
      return `không đọc được (${code}).`;
  }
}

async function* readXlsx(bytesIn: Readable): AsyncGenerator<TableRow[]> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(bytesIn, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles tell which numeric cells are dates.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  waitForWorkbook(workbook);
  try {
    for await (const sheet of workbook) {
      let rows: TableRow[] = [];
      for await (const row of sheet) {
        const values = row.values as unknown[];
        const cells: string[] = [];
        for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
        rows.push({ line: row.number, cells });
        if (rows.length >= BATCH) {
          yield rows;
          rows = [];
        }
      }
      if (rows.length > 0) yield rows;
      return;
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw rejectFile('Tệp', 'Không đọc được tệp Excel: tệp hỏng hoặc không phải .xlsx.');
  }
}

/**
 * exceljs parses a worksheet as soon as its rels and shared strings are in, even when
 * xl/workbook.xml (the sheet list) comes later in the archive, as exceljs itself writes it; the read
 * then fails now and then with "Cannot read properties of undefined (reading 'sheets')" (exceljs
 * issue 3064, no release fixes it). Until the sheet list is read, the reader is told the rels are
 * not either, so it parks such a worksheet in a temporary file and reads it at the end — its own
 * path for worksheets that come early.
 */
function waitForWorkbook(reader: ExcelJS.stream.xlsx.WorkbookReader): void {
  let rels: unknown;
  Object.defineProperty(reader, 'workbookRels', {
    configurable: true,
    get(this: { model?: unknown }) {
      return this.model ? rels : undefined;
    },
    set(value: unknown) {
      rels = value;
    },
  });
}

/** The text of an Excel cell as the official sees it; dates as ISO (exceljs gives wall-clock UTC). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const iso = new Date(Math.round(value.getTime() / 1000) * 1000).toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
  }
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: unknown };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellText(v.result);
    if ('text' in v) return cellText(v.text);
    if ('error' in v) return '';
  }
  return String(value);
}
