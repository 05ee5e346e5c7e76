import { positiveInt, str } from '../lib/search.ts';

export interface DocumentSearch {
  q?: string;
  /** A type code; '_' stands for a công văn, whose code is empty. */
  loai?: string;
  nam?: number;
  page?: number;
}

/** The register's filters live in the URL, so the back button and a copied link keep them. */
export function validateDocumentSearch(s: Record<string, unknown>): DocumentSearch {
  const q = str(s.q);
  const loai = str(s.loai);
  const nam = positiveInt(s.nam);
  return {
    q: q ? q.slice(0, 200) : undefined,
    loai: loai && /^[\p{L}_]{1,8}$/u.test(loai) ? loai.normalize('NFC') : undefined,
    nam: nam && nam >= 2000 && nam <= 2100 ? nam : undefined,
    page: positiveInt(s.page),
  };
}

/** Select values cannot be empty: the công văn's '' travels as '_'. */
export const typeValue = (code: string) => code || '_';
export const typeCode = (value: string) => (value === '_' ? '' : value);
