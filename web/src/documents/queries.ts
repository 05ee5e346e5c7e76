import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../lib/api.ts';
import type { Document, DocumentDetail, DocumentType, FileUpload, RegisterInput } from './types.ts';

const enc = encodeURIComponent;
const base = (communeId: string | undefined) => `/api/communes/${enc(communeId ?? '')}/documents`;

export interface DocumentFilter {
  q?: string;
  type?: string;
  year?: number;
  limit?: number;
  offset?: number;
}

export function useDocumentTypes() {
  return useQuery({
    queryKey: ['document-types'],
    queryFn: ({ signal }) => api<{ items: DocumentType[] }>('/api/document-types', { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useDocuments(communeId: string | undefined, filter: DocumentFilter) {
  return useQuery({
    queryKey: ['documents', communeId, filter],
    queryFn: ({ signal }) => {
      // A công văn's type code is '', which withQuery would drop as "no filter".
      const url = withQuery(base(communeId), { ...filter, type: undefined });
      const typed =
        filter.type === undefined ? url : `${url}${url.includes('?') ? '&' : '?'}type=${enc(filter.type)}`;
      return api<{ items: Document[]; total: number }>(typed, { signal });
    },
    enabled: Boolean(communeId),
    placeholderData: keepPreviousData,
  });
}

export function useDocument(communeId: string | undefined, id: string) {
  return useQuery({
    queryKey: ['document', communeId, id],
    queryFn: ({ signal }) => api<DocumentDetail>(`${base(communeId)}/${enc(id)}`, { signal }),
    enabled: Boolean(communeId),
  });
}

export function useRegisterDocument(communeId: string | undefined) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: RegisterInput) => api<DocumentDetail>(base(communeId), { method: 'POST', body }),
    onSuccess: (d) => {
      qc.setQueryData(['document', communeId, d.id], d);
      void qc.invalidateQueries({ queryKey: ['documents', communeId] });
    },
  });
}

export function useUpdateDocument(communeId: string | undefined, id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (c: { file: FileUpload } | { summary: string; signer: string }) =>
      'file' in c
        ? api<DocumentDetail>(`${base(communeId)}/${enc(id)}/file`, { method: 'PUT', body: c.file })
        : api<DocumentDetail>(`${base(communeId)}/${enc(id)}`, { method: 'PATCH', body: c }),
    onSuccess: (d) => {
      qc.setQueryData(['document', communeId, id], d);
      void qc.invalidateQueries({ queryKey: ['documents', communeId] });
    },
  });
}

/** Where the browser downloads a document's file (the session cookie authorises it). */
export const documentFileUrl = (communeId: string, id: string) => `${base(communeId)}/${enc(id)}/file`;
