import { createHash } from 'node:crypto';
import { AppError } from '../../platform/errors.ts';
import { type FileUpload, MAX_FILE_BYTES } from './schema.ts';

export const acceptedTypes = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  png: 'image/png',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;
export type AcceptedType = keyof typeof acceptedTypes;

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * The type of a file by its first bytes (magic numbers), never by its name: a program renamed
 * "don.pdf" is still a program. DOCX is a ZIP whose entries include word/document.xml.
 */
export function detectFileType(bytes: Uint8Array): AcceptedType | 'executable' | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpg';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return buffer.includes('[Content_Types].xml') && buffer.includes('word/') ? 'docx' : null;
  }
  if (
    startsWith(bytes, [0x4d, 0x5a]) || // MZ: Windows .exe, .dll
    startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46]) || // ELF
    startsWith(bytes, [0xcf, 0xfa, 0xed, 0xfe]) || // Mach-O
    startsWith(bytes, [0x23, 0x21]) // #! script
  )
    return 'executable';
  return null;
}

export interface CheckedFile {
  fileName: string;
  mediaType: string;
  content: Buffer;
  sizeBytes: number;
  sha256: string;
}

/**
 * Decodes and checks uploads before anything is stored: size and type by content. `field` names
 * the input path for the error (e.g. `attachments`).
 */
export function checkUploads(files: readonly FileUpload[], field: string): CheckedFile[] {
  return files.map((f, i) => {
    const path = files.length === 1 && field === 'file' ? field : `${field}.${i}`;
    const content = Buffer.from(f.contentBase64, 'base64');
    if (content.length === 0)
      throw new AppError('validation', `Tệp "${f.fileName}" rỗng.`, { [path]: 'Tệp rỗng' });
    if (content.length > MAX_FILE_BYTES) {
      throw new AppError('validation', `Tệp "${f.fileName}" quá lớn: mỗi tệp tối đa 5 MB.`, {
        [path]: 'Tệp quá lớn (tối đa 5 MB)',
      });
    }
    const type = detectFileType(content);
    if (type === 'executable') {
      throw new AppError(
        'validation',
        `Tệp "${f.fileName}" là chương trình máy tính, không được phép gửi. Chỉ nhận tệp PDF, JPG, PNG hoặc DOCX.`,
        { [path]: 'Tệp chương trình (không phải tài liệu)' },
      );
    }
    if (type === null) {
      throw new AppError(
        'validation',
        `Tệp "${f.fileName}" không phải PDF, JPG, PNG hoặc DOCX (kiểm tra theo nội dung tệp, không theo tên).`,
        { [path]: 'Loại tệp không được nhận' },
      );
    }
    return {
      fileName: f.fileName.normalize('NFC'),
      mediaType: acceptedTypes[type],
      content,
      sizeBytes: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
    };
  });
}
