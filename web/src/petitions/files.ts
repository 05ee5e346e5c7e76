import { files as m } from './messages.ts';
import type { FileUpload } from './types.ts';

// The server decides a file's type by its content; these checks only spare the citizen a
// refused upload of something obviously wrong. Limits mirror src/modules/petitions/schema.ts.
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_PORTAL_FILES = 3;
export const MAX_PORTAL_TOTAL = 10 * 1024 * 1024;
export const ACCEPT = '.pdf,.jpg,.jpeg,.png,.docx';
const extensions = /\.(pdf|jpe?g|png|docx)$/i;

/** Why these files cannot be sent, or null. `portal` adds the public form's count and total limits. */
export function checkFiles(list: readonly { name: string; size: number }[], portal: boolean): string | null {
  if (portal && list.length > MAX_PORTAL_FILES) return m.tooMany;
  for (const f of list) {
    if (!extensions.test(f.name)) return m.wrongType(f.name);
    if (f.size > MAX_FILE_BYTES) return m.tooLarge(f.name);
  }
  if (portal && list.reduce((n, f) => n + f.size, 0) > MAX_PORTAL_TOTAL) return m.totalTooLarge;
  return null;
}

/** Bytes → base64 in chunks (String.fromCharCode with 5 MB of arguments overflows the stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export async function toUpload(file: File): Promise<FileUpload> {
  return { fileName: file.name, contentBase64: toBase64(new Uint8Array(await file.arrayBuffer())) };
}

/** "1,2 MB", "350 KB". */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
