import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../lib/api.ts';
import type { FindingInput, Inspection, InspectionInput, InspectionQuery } from './types.ts';

const enc = encodeURIComponent;
const base = (communeId: string | undefined) => `/api/communes/${enc(communeId ?? '')}/inspections`;

export function useInspections(communeId: string | undefined, q: InspectionQuery) {
  return useQuery({
    queryKey: ['inspections', communeId, q],
    queryFn: ({ signal }) =>
      api<{ items: Inspection[] }>(
        withQuery(base(communeId), {
          kind: q.kind,
          q: q.q,
          openFindings: q.openFindings ? 'true' : undefined,
        }),
        { signal },
      ),
    enabled: Boolean(communeId),
    placeholderData: keepPreviousData,
  });
}

export function useInspection(communeId: string | undefined, id: string) {
  return useQuery({
    queryKey: ['inspection', communeId, id],
    queryFn: ({ signal }) => api<Inspection>(`${base(communeId)}/${enc(id)}`, { signal }),
    enabled: Boolean(communeId),
  });
}

/** Every change answers with the whole round; the list is refetched. */
function useInspectionMutation<T>(communeId: string | undefined, send: (body: T) => Promise<Inspection>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (i) => {
      qc.setQueryData(['inspection', communeId, i.id], i);
      void qc.invalidateQueries({ queryKey: ['inspections', communeId] });
    },
  });
}

export const useCreateInspection = (communeId: string | undefined) =>
  useInspectionMutation(communeId, (body: InspectionInput) =>
    api<Inspection>(base(communeId), { method: 'POST', body }),
  );

export const useUpdateInspection = (communeId: string | undefined, id: string) =>
  useInspectionMutation(communeId, (body: InspectionInput) =>
    api<Inspection>(`${base(communeId)}/${enc(id)}`, { method: 'PATCH', body }),
  );

/** Adds a finding, or changes one when `findingId` is given. */
export const useSaveFinding = (communeId: string | undefined, id: string, findingId: string | null) =>
  useInspectionMutation(communeId, (body: FindingInput) =>
    findingId
      ? api<Inspection>(`${base(communeId)}/${enc(id)}/findings/${enc(findingId)}`, { method: 'PATCH', body })
      : api<Inspection>(`${base(communeId)}/${enc(id)}/findings`, { method: 'POST', body }),
  );
