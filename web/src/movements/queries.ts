import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../lib/api.ts';
import type {
  CommunicationEntry,
  CommunicationInput,
  CommunicationKind,
  Movement,
  MovementInput,
} from './types.ts';

const enc = encodeURIComponent;
const base = (communeId: string | undefined) => `/api/communes/${enc(communeId ?? '')}`;
/** A year's log fits in one page: the API's largest. */
export const LOG_LIMIT = 1000;

const yearRange = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });

export function useMovements(communeId: string | undefined, year: number | undefined) {
  return useQuery({
    queryKey: ['movements', communeId, year],
    queryFn: ({ signal }) =>
      api<{ items: Movement[] }>(withQuery(`${base(communeId)}/movements`, year ? yearRange(year) : {}), {
        signal,
      }),
    enabled: Boolean(communeId),
    placeholderData: keepPreviousData,
  });
}

export function useSaveMovement(communeId: string | undefined, id: string | null) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: MovementInput) =>
      id
        ? api<Movement>(`${base(communeId)}/movements/${enc(id)}`, { method: 'PATCH', body })
        : api<Movement>(`${base(communeId)}/movements`, { method: 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['movements', communeId] }),
  });
}

export function useCommunication(
  communeId: string | undefined,
  year: number,
  kind: CommunicationKind | undefined,
) {
  return useQuery({
    queryKey: ['communication', communeId, year, kind],
    queryFn: ({ signal }) =>
      api<{ items: CommunicationEntry[]; total: number }>(
        withQuery(`${base(communeId)}/communication`, { ...yearRange(year), kind, limit: LOG_LIMIT }),
        { signal },
      ),
    enabled: Boolean(communeId),
    placeholderData: keepPreviousData,
  });
}

export function useSaveEntry(communeId: string | undefined, id: string | null) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CommunicationInput) =>
      id
        ? api<CommunicationEntry>(`${base(communeId)}/communication/${enc(id)}`, { method: 'PATCH', body })
        : api<CommunicationEntry>(`${base(communeId)}/communication`, { method: 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['communication', communeId] }),
  });
}
