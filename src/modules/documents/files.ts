import { createHash } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../platform/errors.ts';

/** Largest file kept in the database; JSON carries it as base64 (a third larger). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Route body limit for uploads: the base64 of the largest file plus its name. */
export const UPLOAD_BODY_LIMIT = 8 * 1024 * 1024;

export const FileUpload = z.object({
  fileName: z.string().trim().min(1).max(200),
  contentBase64: z
    .string()
    .max(Math.ceil((MAX_FILE_BYTES * 4) / 3) + 8, 'Tệp quá lớn (tối đa 5 MB)')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Nội dung tệp phải mã hóa base64'),
});
export type FileUpload = z.infer<typeof FileUpload>;

export const mediaTypes = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  png: 'image/png',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;
export type FileKind = keyof typeof mediaTypes;

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** The type of a file by its first bytes, never by its name: a program renamed "kh.pdf" is still a program. */
export function detectFileKind(bytes: Uint8Array): FileKind | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpg';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return buffer.includes('[Content_Types].xml') && buffer.includes('word/') ? 'docx' : null;
  }
  return null;
}

const kindNames: Record<FileKind, string> = { pdf: 'PDF', jpg: 'JPG', png: 'PNG', docx: 'DOCX' };

export interface CheckedFile {
  fileName: string;
  mediaType: string;
  content: Buffer;
  sizeBytes: number;
  sha256: string;
}

/**
 * Decodes and checks an upload before anything is stored: not empty, at most 5 MB, and of one of
 * the `allowed` kinds by content. `field` names the input path in the error.
 */
export function checkFile(upload: FileUpload, field: string, allowed: readonly FileKind[]): CheckedFile {
  const content = Buffer.from(upload.contentBase64, 'base64');
  const name = upload.fileName.normalize('NFC');
  if (content.length === 0) throw new AppError('validation', `Tệp "${name}" rỗng.`, { [field]: 'Tệp rỗng' });
  if (content.length > MAX_FILE_BYTES) {
    throw new AppError('validation', `Tệp "${name}" quá lớn: tối đa 5 MB.`, {
      [field]: 'Tệp quá lớn (tối đa 5 MB)',
    });
  }
  const kind = detectFileKind(content);
  if (!kind || !allowed.includes(kind)) {
    const list = allowed.map((k) => kindNames[k]).join(', ');
    throw new AppError(
      'validation',
      `Tệp "${name}" không phải ${list} (kiểm tra theo nội dung tệp, không theo tên).`,
      { [field]: `Chỉ nhận ${list}` },
    );
  }
  return {
    fileName: name,
    mediaType: mediaTypes[kind],
    content,
    sizeBytes: content.length,
    sha256: createHash('sha256').update(content).digest('hex'),
  };
}

/** bytea arrives as a Buffer (pg) or a Uint8Array (PGlite). */
export const asBuffer = (v: Uint8Array) => Buffer.from(v.buffer, v.byteOffset, v.byteLength);

/** A Content-Disposition that keeps a Vietnamese file name (RFC 6266 / 5987). */
export function attachmentHeader(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Answers a stored file as a download under its own name. */
export const sendFile = (reply: FastifyReply, file: { mediaType: string; name: string; content: Buffer }) =>
  reply
    .header('content-type', file.mediaType)
    .header('content-disposition', attachmentHeader(file.name))
    .send(file.content);
