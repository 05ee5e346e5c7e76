import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../lib/api.ts';
import type { PetitionReceipt, ReceiveInput } from '../petitions/types.ts';
import type { ScheduleEntry, ScheduleInput, Session, SessionInput } from './types.ts';

const enc = encodeURIComponent;
const base = (communeId: string | undefined) => `/api/communes/${enc(communeId ?? '')}/reception`;

export function usePublicSchedule(communeCode: string) {
  return useQuery({
    queryKey: ['public', 'reception-schedule', communeCode],
    queryFn: ({ signal }) =>
      api<{ items: ScheduleEntry[] }>(`/api/public/communes/${enc(communeCode)}/reception/schedule`, {
        signal,
      }),
    staleTime: 5 * 60_000,
  });
}

export function useSessions(
  communeId: string | undefined,
  filter: { kind?: string; from?: string; to?: string; limit: number; offset: number },
) {
  return useQuery({
    queryKey: ['reception', 'sessions', communeId, filter],
    queryFn: ({ signal }) =>
      api<{ items: Session[]; total: number }>(withQuery(`${base(communeId)}/sessions`, { ...filter }), {
        signal,
      }),
    enabled: Boolean(communeId),
    placeholderData: keepPreviousData,
  });
}

export function useSaveSession(communeId: string | undefined) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: SessionInput & { id?: string }) =>
      api<Session>(`${base(communeId)}/sessions${id ? `/${enc(id)}` : ''}`, {
        method: id ? 'PUT' : 'POST',
        body,
      }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['reception'] });
      void qc.invalidateQueries({ queryKey: ['stats'] });
    },
  });
}

export function useDeleteSession(communeId: string | undefined) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`${base(communeId)}/sessions/${enc(id)}`, { method: 'DELETE' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['reception'] }),
  });
}

/** A petition opened from a visit: the session gives its channel and date. */
export function useVisitPetition(communeId: string | undefined, sessionId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({
      channel: _c,
      receivedDate: _d,
      receptionSessionId: _s,
      forwardedBy: _f,
      ...body
    }: ReceiveInput) =>
      api<PetitionReceipt>(`${base(communeId)}/sessions/${enc(sessionId)}/petitions`, {
        method: 'POST',
        body,
      }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['reception'] });
      void qc.invalidateQueries({ queryKey: ['petitions'] });
    },
  });
}

export function useSchedule(communeId: string | undefined) {
  return useQuery({
    queryKey: ['reception', 'schedule', communeId],
    queryFn: ({ signal }) => api<{ items: ScheduleEntry[] }>(`${base(communeId)}/schedule`, { signal }),
    enabled: Boolean(communeId),
  });
}

export function useSaveScheduleEntry(communeId: string | undefined) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: ScheduleInput & { id?: string }) =>
      api<ScheduleEntry>(`${base(communeId)}/schedule${id ? `/${enc(id)}` : ''}`, {
        method: id ? 'PUT' : 'POST',
        body,
      }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['reception', 'schedule'] });
      void qc.invalidateQueries({ queryKey: ['public', 'reception-schedule'] });
    },
  });
}

export function useDeleteScheduleEntry(communeId: string | undefined) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`${base(communeId)}/schedule/${enc(id)}`, { method: 'DELETE' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['reception', 'schedule'] }),
  });
}
