import { str } from '../lib/search.ts';
import type { Genre } from '../reports/types.ts';
import type { SortOrder } from './sort.ts';

const genres: readonly string[] = ['dan-van', 'so-ket', 'cchc'] satisfies Genre[];
const indicatorKey = /^[a-zA-Z][a-zA-Z0-9]*(\.[a-zA-Z][a-zA-Z0-9]*)*$/;

export interface RollupSearch {
  tinh?: string;
  ky?: string;
  loai?: Genre;
  /** Indicator keys, comma-separated. */
  chiTieu?: string;
  sapXep?: string;
  thuTu?: SortOrder;
}

/** The roll-up's choices live in the URL, so a reviewer can send the exact table to a colleague. */
export function validateRollupSearch(s: Record<string, unknown>): RollupSearch {
  const ky = str(s.ky);
  const loai = str(s.loai);
  const keys = str(s.chiTieu)
    ?.split(',')
    .filter((k) => indicatorKey.test(k))
    .slice(0, 40);
  const sapXep = str(s.sapXep);
  const thuTu = str(s.thuTu);
  return {
    tinh: str(s.tinh),
    ky: ky && /^\d{4}(-H[12]|\.\.\d{4})?$/.test(ky) ? ky : undefined,
    loai: loai && genres.includes(loai) ? (loai as Genre) : undefined,
    chiTieu: keys?.length ? keys.join(',') : undefined,
    sapXep: sapXep && (indicatorKey.test(sapXep) || sapXep === 'commune') ? sapXep : undefined,
    thuTu: thuTu === 'asc' || thuTu === 'desc' ? thuTu : undefined,
  };
}
