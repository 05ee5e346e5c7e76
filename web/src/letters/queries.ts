import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../lib/api.ts';
import type {
  Letter,
  LetterAction,
  LetterFilter,
  LetterKind,
  LetterPatch,
  Template,
  TemplateInput,
} from './types.ts';

const enc = encodeURIComponent;
export const PAGE_SIZE = 50;
const base = (communeId: string | undefined) => `/api/communes/${enc(communeId ?? '')}`;

/** The DOCX of a letter, downloaded with the session cookie by a plain link. */
export const letterDocxUrl = (communeId: string, id: string) => `${base(communeId)}/letters/${enc(id)}/docx`;

export function useLetters(communeId: string | undefined, f: LetterFilter) {
  return useQuery({
    queryKey: ['letters', communeId, f],
    queryFn: ({ signal }) =>
      api<{ items: Letter[]; total: number }>(
        withQuery(`${base(communeId)}/letters`, {
          status: f.status,
          kind: f.kind,
          limit: PAGE_SIZE,
          offset: ((f.page ?? 1) - 1) * PAGE_SIZE,
        }),
        { signal },
      ),
    enabled: Boolean(communeId),
    placeholderData: keepPreviousData,
  });
}

export function useLetter(communeId: string | undefined, id: string) {
  return useQuery({
    queryKey: ['letter', communeId, id],
    queryFn: ({ signal }) => api<Letter>(`${base(communeId)}/letters/${enc(id)}`, { signal }),
    enabled: Boolean(communeId),
  });
}

export function useProposeLetters(communeId: string | undefined) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api<{ created: number; items: Letter[] }>(`${base(communeId)}/letters/propose`, { method: 'POST' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['letters', communeId] }),
  });
}

function useLetterMutation<T>(communeId: string | undefined, id: string, send: (body: T) => Promise<Letter>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (l) => {
      qc.setQueryData(['letter', communeId, id], l);
      void qc.invalidateQueries({ queryKey: ['letters', communeId] });
    },
  });
}

export function useUpdateLetter(communeId: string | undefined, id: string) {
  return useLetterMutation(communeId, id, (body: LetterPatch) =>
    api<Letter>(`${base(communeId)}/letters/${enc(id)}`, { method: 'PATCH', body }),
  );
}

export function useLetterAction(communeId: string | undefined, id: string) {
  return useLetterMutation(communeId, id, (body: LetterAction) =>
    api<Letter>(`${base(communeId)}/letters/${enc(id)}/actions`, { method: 'POST', body }),
  );
}

export function useLetterTemplates(communeId: string | undefined) {
  return useQuery({
    queryKey: ['letter-templates', communeId],
    queryFn: ({ signal }) => api<{ items: Template[] }>(`${base(communeId)}/letter-templates`, { signal }),
    enabled: Boolean(communeId),
  });
}

export function useSaveTemplate(communeId: string | undefined, kind: LetterKind) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TemplateInput) =>
      api<Template>(`${base(communeId)}/letter-templates/${enc(kind)}`, { method: 'PUT', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['letter-templates', communeId] }),
  });
}
