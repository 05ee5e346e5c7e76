import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../lib/api.ts';
import type { Official, OfficialInput, Rating, StaffTable, TrainingInput } from './types.ts';

const enc = encodeURIComponent;
const base = (communeId: string | undefined) => `/api/communes/${enc(communeId ?? '')}`;

export function useOfficials(communeId: string | undefined, f: { q?: string; includeLeft?: boolean }) {
  return useQuery({
    queryKey: ['officials', communeId, f],
    queryFn: ({ signal }) =>
      api<{ items: Official[] }>(
        withQuery(`${base(communeId)}/officials`, {
          q: f.q,
          includeLeft: f.includeLeft ? 'true' : undefined,
        }),
        { signal },
      ),
    enabled: Boolean(communeId),
    placeholderData: keepPreviousData,
  });
}

export function useStaffTable(communeId: string | undefined, year: number | undefined) {
  return useQuery({
    queryKey: ['officials', communeId, 'staff-table', year],
    queryFn: ({ signal }) =>
      api<StaffTable>(withQuery(`${base(communeId)}/staff-table`, { year }), { signal }),
    enabled: Boolean(communeId),
    placeholderData: keepPreviousData,
  });
}

/** Every change answers with the official; the roster and the staff table are refetched. */
function useOfficialMutation<T>(communeId: string | undefined, send: (body: T) => Promise<Official>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => qc.invalidateQueries({ queryKey: ['officials', communeId] }),
  });
}

export const useSaveOfficial = (communeId: string | undefined, id: string | null) =>
  useOfficialMutation(communeId, (body: OfficialInput) =>
    id
      ? api<Official>(`${base(communeId)}/officials/${enc(id)}`, { method: 'PATCH', body })
      : api<Official>(`${base(communeId)}/officials`, { method: 'POST', body }),
  );

export const useRateOfficial = (communeId: string | undefined, id: string) =>
  useOfficialMutation(communeId, (body: { year: number; rating: Rating }) =>
    api<Official>(`${base(communeId)}/officials/${enc(id)}/ratings`, { method: 'PUT', body }),
  );

export const useAddTraining = (communeId: string | undefined, id: string) =>
  useOfficialMutation(communeId, (body: TrainingInput) =>
    api<Official>(`${base(communeId)}/officials/${enc(id)}/trainings`, { method: 'POST', body }),
  );
