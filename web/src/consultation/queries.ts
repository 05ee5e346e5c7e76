import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../lib/api.ts';
import type {
  CommentInput,
  ConsultationRule,
  ConsultationStatus,
  Draft,
  DraftDetail,
  DraftInput,
  PublicDraft,
  PublicDraftSummary,
} from './types.ts';

const enc = encodeURIComponent;
const base = (communeId: string | undefined) => `/api/communes/${enc(communeId ?? '')}/consultations`;

export interface DraftFilter {
  q?: string;
  status?: ConsultationStatus;
  year?: number;
}

export function useDrafts(communeId: string | undefined, filter: DraftFilter) {
  return useQuery({
    queryKey: ['consultations', communeId, filter],
    queryFn: ({ signal }) => api<{ items: Draft[] }>(withQuery(base(communeId), { ...filter }), { signal }),
    enabled: Boolean(communeId),
    placeholderData: keepPreviousData,
  });
}

export function useDraft(communeId: string | undefined, id: string) {
  return useQuery({
    queryKey: ['consultation', communeId, id],
    queryFn: ({ signal }) => api<DraftDetail>(`${base(communeId)}/${enc(id)}`, { signal }),
    enabled: Boolean(communeId),
  });
}

export function useConsultationRules(communeId: string | undefined) {
  return useQuery({
    queryKey: ['consultation-rules', communeId],
    queryFn: ({ signal }) =>
      api<{ items: ConsultationRule[] }>(`/api/communes/${enc(communeId ?? '')}/consultation-rules`, {
        signal,
      }),
    enabled: Boolean(communeId),
    staleTime: 5 * 60_000,
  });
}

export function useCreateDraft(communeId: string | undefined) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: DraftInput) => api<DraftDetail>(base(communeId), { method: 'POST', body }),
    onSuccess: (d) => {
      qc.setQueryData(['consultation', communeId, d.id], d);
      void qc.invalidateQueries({ queryKey: ['consultations', communeId] });
    },
  });
}

/** One step on a draft (meeting, opinion, response, account): every answer is the whole draft. */
export interface DraftChange {
  method: 'POST' | 'PUT' | 'PATCH';
  /** Below the draft: 'meetings', 'opinions', 'responses', 'responses/<id>', 'account'; '' for the draft. */
  path: string;
  body: unknown;
}

export function useDraftChange(communeId: string | undefined, id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (c: DraftChange) =>
      api<DraftDetail>(`${base(communeId)}/${enc(id)}${c.path ? `/${c.path}` : ''}`, {
        method: c.method,
        body: c.body,
      }),
    onSuccess: (d) => {
      qc.setQueryData(['consultation', communeId, id], d);
      void qc.invalidateQueries({ queryKey: ['consultations', communeId] });
    },
  });
}

// Citizen portal (no session).

const pub = (communeCode: string) => `/api/public/communes/${enc(communeCode)}/consultations`;

export function usePublicDrafts(communeCode: string) {
  return useQuery({
    queryKey: ['public', 'consultations', communeCode],
    queryFn: ({ signal }) => api<{ items: PublicDraftSummary[] }>(pub(communeCode), { signal }),
  });
}

export function usePublicDraft(communeCode: string, id: string) {
  return useQuery({
    queryKey: ['public', 'consultation', communeCode, id],
    queryFn: ({ signal }) => api<PublicDraft>(`${pub(communeCode)}/${enc(id)}`, { signal }),
  });
}

export function useSubmitComment(communeCode: string, id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CommentInput) =>
      api<{ id: string; received: boolean }>(`${pub(communeCode)}/${enc(id)}/comments`, {
        method: 'POST',
        body,
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['public', 'consultations', communeCode] }),
  });
}
