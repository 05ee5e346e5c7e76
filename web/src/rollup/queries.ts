import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../lib/api.ts';
import type { Rollup, RollupQuery } from './types.ts';

const enc = encodeURIComponent;

/** The query string the table, its XLSX and the summary DOCX share. */
export function rollupParams(q: RollupQuery) {
  return { period: q.period, genre: q.genre, keys: q.keys?.join(',') };
}

export function rollupUrl(provinceId: string, q: RollupQuery, format?: 'xlsx' | 'docx') {
  return withQuery(`/api/provinces/${enc(provinceId)}/rollup${format ? `/${format}` : ''}`, rollupParams(q));
}

export function useRollup(provinceId: string | undefined, q: RollupQuery) {
  return useQuery({
    queryKey: ['rollup', provinceId, rollupParams(q)],
    queryFn: ({ signal }) => api<Rollup>(rollupUrl(provinceId ?? '', q), { signal }),
    enabled: Boolean(provinceId),
    placeholderData: keepPreviousData,
  });
}
