import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../lib/api.ts';
import type { Conference, ConferenceInput, OpinionInput } from './types.ts';

const enc = encodeURIComponent;
const base = (communeId: string | undefined) => `/api/communes/${enc(communeId ?? '')}/dialogues`;

export function useConferences(
  communeId: string | undefined,
  page: { from?: string; to?: string; limit: number; offset: number },
) {
  return useQuery({
    queryKey: ['dialogues', communeId, page],
    queryFn: ({ signal }) =>
      api<{ items: Conference[]; total: number }>(withQuery(base(communeId), { ...page }), { signal }),
    enabled: Boolean(communeId),
    placeholderData: keepPreviousData,
  });
}

export function useConference(communeId: string | undefined, id: string) {
  return useQuery({
    queryKey: ['dialogue', communeId, id],
    queryFn: ({ signal }) => api<Conference>(`${base(communeId)}/${enc(id)}`, { signal }),
    enabled: Boolean(communeId),
  });
}

function useSaved(communeId: string | undefined) {
  const qc = useQueryClient();
  return (c: Conference) => {
    qc.setQueryData(['dialogue', communeId, c.id], c);
    void qc.invalidateQueries({ queryKey: ['dialogues'] });
    void qc.invalidateQueries({ queryKey: ['stats'] });
  };
}

export function useSaveConference(communeId: string | undefined) {
  const saved = useSaved(communeId);
  return useMutation({
    mutationFn: ({ id, ...body }: ConferenceInput & { id?: string }) =>
      api<Conference>(`${base(communeId)}${id ? `/${enc(id)}` : ''}`, { method: id ? 'PUT' : 'POST', body }),
    onSuccess: saved,
  });
}

export function useDeleteConference(communeId: string | undefined) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`${base(communeId)}/${enc(id)}`, { method: 'DELETE' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['dialogues'] }),
  });
}

export function useSaveOpinion(communeId: string | undefined, conferenceId: string) {
  const saved = useSaved(communeId);
  return useMutation({
    mutationFn: ({ id, ...body }: OpinionInput & { id?: string }) =>
      api<Conference>(`${base(communeId)}/${enc(conferenceId)}/opinions${id ? `/${enc(id)}` : ''}`, {
        method: id ? 'PUT' : 'POST',
        body,
      }),
    onSuccess: saved,
  });
}
