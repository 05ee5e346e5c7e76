import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FileUpload } from '../documents/types.ts';
import { api, withQuery } from '../lib/api.ts';
import type { CommendationInput, Initiative, InitiativeInput, InitiativeQuery } from './types.ts';

const enc = encodeURIComponent;
const base = (communeId: string | undefined) => `/api/communes/${enc(communeId ?? '')}/initiatives`;

/** A photo's bytes, shown by an <img> with the session cookie. */
export const photoUrl = (communeId: string, id: string, photoId: string) =>
  `${base(communeId)}/${enc(id)}/photos/${enc(photoId)}`;

export function useInitiatives(communeId: string | undefined, q: InitiativeQuery) {
  return useQuery({
    queryKey: ['initiatives', communeId, q],
    queryFn: ({ signal }) => api<{ items: Initiative[] }>(withQuery(base(communeId), { ...q }), { signal }),
    enabled: Boolean(communeId),
    placeholderData: keepPreviousData,
  });
}

export function useInitiative(communeId: string | undefined, id: string) {
  return useQuery({
    queryKey: ['initiative', communeId, id],
    queryFn: ({ signal }) => api<Initiative>(`${base(communeId)}/${enc(id)}`, { signal }),
    enabled: Boolean(communeId),
  });
}

export function useCreateInitiative(communeId: string | undefined) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: InitiativeInput) => api<Initiative>(base(communeId), { method: 'POST', body }),
    onSuccess: (i) => {
      qc.setQueryData(['initiative', communeId, i.id], i);
      void qc.invalidateQueries({ queryKey: ['initiatives', communeId] });
    },
  });
}

/** Every change to one initiative answers with the whole initiative. */
function useInitiativeMutation<T>(
  communeId: string | undefined,
  id: string,
  send: (path: string, body: T) => Promise<Initiative>,
) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: T) => send(`${base(communeId)}/${enc(id)}`, body),
    onSuccess: (i) => {
      qc.setQueryData(['initiative', communeId, id], i);
      void qc.invalidateQueries({ queryKey: ['initiatives', communeId] });
    },
  });
}

export const useUpdateInitiative = (communeId: string | undefined, id: string) =>
  useInitiativeMutation(communeId, id, (path, body: Partial<InitiativeInput>) =>
    api<Initiative>(path, { method: 'PATCH', body }),
  );

export const useRegisterInitiative = (communeId: string | undefined, id: string) =>
  useInitiativeMutation(communeId, id, (path, body: { year: number; registeredOn: string }) =>
    api<Initiative>(`${path}/registrations`, { method: 'POST', body }),
  );

export const useAddCommendation = (communeId: string | undefined, id: string) =>
  useInitiativeMutation(communeId, id, (path, body: CommendationInput) =>
    api<Initiative>(`${path}/commendations`, { method: 'POST', body }),
  );

export const useAddPhoto = (communeId: string | undefined, id: string) =>
  useInitiativeMutation(communeId, id, (path, body: FileUpload & { caption: string | null }) =>
    api<Initiative>(`${path}/photos`, { method: 'POST', body }),
  );
