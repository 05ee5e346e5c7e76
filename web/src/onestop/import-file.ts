/** What the import screen sends: the content type of a chosen file, the slice previewed, the mapping. */

export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The top of a CSV is enough to find its header row; an XLSX (a zip) can only be read whole. */
export const previewBytes = 256 * 1024;

export type ImportKind = 'dossiers' | 'procedures';

export function isXlsxName(name: string): boolean {
  return /\.xlsx$/i.test(name.trim());
}

export function contentTypeOf(name: string): string {
  if (isXlsxName(name)) return xlsxType;
  if (/\.(csv|txt)$/i.test(name.trim())) return 'text/csv';
  // The server recognises the format from the first bytes.
  return 'application/octet-stream';
}

/**
 * Where to cut the first bytes of a CSV for the preview: just after the last line break, so no row
 * (and no UTF-8 character: a line break byte never occurs inside one) is cut in half.
 */
export function csvCut(head: Uint8Array): number {
  if (head.length < previewBytes) return head.length;
  const last = head.lastIndexOf(0x0a);
  return last >= 0 ? last + 1 : head.length;
}

/** The part of a file to send for the header preview. */
export async function previewSlice(file: Blob & { name: string }): Promise<Blob> {
  if (isXlsxName(file.name) || file.size <= previewBytes) return file;
  const head = new Uint8Array(await file.slice(0, previewBytes).arrayBuffer());
  if (head[0] === 0x50 && head[1] === 0x4b) return file; // a zip (XLSX) whatever its name
  return file.slice(0, csvCut(head));
}

/**
 * The mapping to send with the import. Nothing when the official kept every column the preview
 * found (the server then uses the commune's saved mapping and the layout's names, as the preview
 * did). Once anything changed, every chosen column: an explicit mapping replaces the saved one.
 */
export function mappingToSend(
  found: Record<string, string | null>,
  chosen: Record<string, string | null>,
): Record<string, string> | undefined {
  const changed = Object.keys(chosen).some((field) => (chosen[field] ?? null) !== (found[field] ?? null));
  if (!changed) return undefined;
  const mapping: Record<string, string> = {};
  for (const [field, header] of Object.entries(chosen)) if (header) mapping[field] = header;
  return mapping;
}
