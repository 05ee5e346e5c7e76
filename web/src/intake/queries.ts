import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../lib/api.ts';
import { upload } from '../lib/upload.ts';
import type { Intake, IntakeEdit, IntakeFilter, IntakeSummary } from './types.ts';

const enc = encodeURIComponent;
const one = (communeId: string, id: string) => `/api/communes/${enc(communeId)}/intakes/${enc(id)}`;

export function useIntakes(filter: IntakeFilter & { limit: number }) {
  return useQuery({
    queryKey: ['intakes', filter],
    queryFn: ({ signal }) =>
      api<{ items: IntakeSummary[]; total: number }>(withQuery('/api/intakes', { ...filter }), { signal }),
    placeholderData: keepPreviousData,
  });
}

/** Every indicator key with its name, for adding one the reading missed. */
export function useIndicatorCatalogue() {
  return useQuery({
    queryKey: ['indicators'],
    queryFn: ({ signal }) =>
      api<{ items: { key: string; label: string; rate: boolean }[] }>('/api/indicators', { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useIntake(communeId: string, id: string) {
  return useQuery({
    queryKey: ['intake', communeId, id],
    queryFn: ({ signal }) => api<Intake>(one(communeId, id), { signal }),
  });
}

/**
 * Sends one report file (base64 in JSON, as the API takes it) with upload progress; the commune is
 * read from the report unless given.
 */
export function uploadReport(
  file: { fileName: string; contentBase64: string },
  communeId: string | undefined,
  onProgress: (sent: number) => void,
) {
  const body = new Blob([JSON.stringify({ files: [file], communeId })], { type: 'application/json' });
  return upload<{ items: Intake[] }>('/api/intakes', body, { contentType: 'application/json', onProgress });
}

function useIntakeMutation<T>(fn: (input: T) => Promise<Intake>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (intake) => {
      // Under the commune it now belongs to: an edit can move it to another.
      qc.setQueryData(['intake', intake.commune.id, intake.id], intake);
      void qc.invalidateQueries({ queryKey: ['intakes'] });
      // Saved figures feed the province roll-up.
      void qc.invalidateQueries({ queryKey: ['rollup'] });
    },
  });
}

export function useEditIntake(communeId: string, id: string) {
  return useIntakeMutation((body: IntakeEdit) => api<Intake>(one(communeId, id), { method: 'PATCH', body }));
}

export function useSaveIntake(communeId: string, id: string) {
  return useIntakeMutation(() => api<Intake>(`${one(communeId, id)}/save`, { method: 'POST', body: {} }));
}

export function useDeleteIntake(communeId: string, id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<null>(one(communeId, id), { method: 'DELETE' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['intakes'] }),
  });
}
