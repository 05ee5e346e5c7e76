import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import mammoth from 'mammoth';
import { IntakeError } from './errors.ts';
import { pdfText } from './read-pdf.ts';

export type ReportFormat = 'txt' | 'docx' | 'pdf';

export interface ReportFile {
  fileName: string;
  format: ReportFormat;
  /** Raw text as read; intake normalises it before extracting, and spans index the normalised text. */
  text: string;
}

/** Reads a report from disk: plain text (UTF-8 or UTF-16 with BOM), Word 2007+ (.docx) or a PDF's text layer. */
export async function readReportFile(path: string): Promise<ReportFile> {
  const fileName = basename(path);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw new IntakeError('intake.unreadable', `Không đọc được tệp "${fileName}".`);
  }
  return readReportBytes(bytes, fileName);
}

/** Same as readReportFile for bytes already in memory (an upload). The format comes from the name. */
export async function readReportBytes(bytes: Uint8Array, fileName: string): Promise<ReportFile> {
  const ext = extname(fileName).toLowerCase();
  switch (ext) {
    case '.txt':
    case '.text':
      return { fileName, format: 'txt', text: decodeText(bytes, fileName) };
    case '.docx':
      return { fileName, format: 'docx', text: await docxText(bytes, fileName) };
    case '.pdf':
      return { fileName, format: 'pdf', text: await pdfText(bytes, fileName) };
    case '.doc':
      throw new IntakeError(
        'intake.legacyWord',
        `Tệp "${fileName}" là định dạng Word cũ (.doc). Vui lòng mở bằng Word và lưu lại dưới dạng .docx rồi nhập lại.`,
      );
    default:
      throw new IntakeError(
        'intake.unsupportedFormat',
        `Không hỗ trợ định dạng tệp "${ext || fileName}". Chỉ nhận báo cáo dạng .docx, .txt hoặc .pdf (có lớp chữ).`,
      );
  }
}

function decodeText(bytes: Uint8Array, fileName: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    // ignoreBOM: false strips a UTF-8 BOM; fatal makes a legacy-encoded file fail loudly instead of
    // turning every Vietnamese letter into U+FFFD.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new IntakeError(
      'intake.notUtf8',
      `Tệp "${fileName}" không được mã hóa UTF-8 (có thể dùng bảng mã TCVN3 hoặc VNI). Vui lòng lưu lại với bảng mã Unicode UTF-8.`,
    );
  }
}

async function docxText(bytes: Uint8Array, fileName: string): Promise<string> {
  try {
    // extractRawText gives each paragraph (table cells included) in document order, separated by a
    // blank line: exactly what the pattern matcher needs, without styling noise.
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return result.value;
  } catch {
    throw new IntakeError(
      'intake.unreadable',
      `Không đọc được nội dung tệp Word "${fileName}" (tệp hỏng hoặc không phải .docx).`,
    );
  }
}
