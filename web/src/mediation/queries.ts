import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../lib/api.ts';
import type { CaseInput, MediationCase } from './types.ts';

const enc = encodeURIComponent;
const base = (communeId: string | undefined) => `/api/communes/${enc(communeId ?? '')}/mediation/cases`;

export function useCases(
  communeId: string | undefined,
  filter: { result?: string; from?: string; to?: string; limit: number; offset: number },
) {
  return useQuery({
    queryKey: ['mediation', communeId, filter],
    queryFn: ({ signal }) =>
      api<{ items: MediationCase[]; total: number }>(withQuery(base(communeId), { ...filter }), { signal }),
    enabled: Boolean(communeId),
    placeholderData: keepPreviousData,
  });
}

export function useSaveCase(communeId: string | undefined) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: CaseInput & { id?: string }) =>
      api<MediationCase>(`${base(communeId)}${id ? `/${enc(id)}` : ''}`, {
        method: id ? 'PUT' : 'POST',
        body,
      }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['mediation'] });
      void qc.invalidateQueries({ queryKey: ['stats'] });
    },
  });
}

export function useDeleteCase(communeId: string | undefined) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`${base(communeId)}/${enc(id)}`, { method: 'DELETE' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['mediation'] }),
  });
}
