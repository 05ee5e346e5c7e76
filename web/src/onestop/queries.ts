import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../lib/api.ts';
import type {
  ActionInput,
  Breakdown,
  Dossier,
  DossierDetail,
  DossierFilter,
  Procedure,
  ProcedureInput,
  PublicDossier,
  RatingInput,
  ReceiveInput,
  Summary,
} from './types.ts';

const enc = encodeURIComponent;

export function useProcedures(communeId: string | undefined) {
  return useQuery({
    queryKey: ['procedures', communeId],
    queryFn: ({ signal }) =>
      api<{ items: Procedure[] }>(`/api/communes/${enc(communeId ?? '')}/procedures`, { signal }),
    enabled: Boolean(communeId),
    staleTime: 60_000,
  });
}

export function useSaveProcedure(communeId: string | undefined) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ProcedureInput) =>
      api<Procedure>(`/api/communes/${enc(communeId ?? '')}/procedures`, { method: 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['procedures', communeId] }),
  });
}

export function useDossiers(filter: DossierFilter | undefined) {
  return useQuery({
    queryKey: ['dossiers', filter],
    queryFn: ({ signal }) =>
      api<{ items: Dossier[]; total: number }>(withQuery('/api/dossiers', { ...filter }), { signal }),
    enabled: Boolean(filter?.communeId),
    placeholderData: keepPreviousData,
  });
}

export function useDossier(communeId: string | undefined, id: string) {
  return useQuery({
    queryKey: ['dossier', communeId, id],
    queryFn: ({ signal }) =>
      api<DossierDetail>(`/api/communes/${enc(communeId ?? '')}/dossiers/${enc(id)}`, { signal }),
    enabled: Boolean(communeId),
  });
}

export function useReceiveDossier(communeId: string | undefined) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ReceiveInput) =>
      api<DossierDetail>(`/api/communes/${enc(communeId ?? '')}/dossiers`, { method: 'POST', body }),
    onSuccess: (d) => {
      qc.setQueryData(['dossier', communeId, d.id], d);
      void qc.invalidateQueries({ queryKey: ['dossiers'] });
      void qc.invalidateQueries({ queryKey: ['onestop'] });
    },
  });
}

export function useDossierAction(communeId: string | undefined, id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ActionInput) =>
      api<DossierDetail>(`/api/communes/${enc(communeId ?? '')}/dossiers/${enc(id)}/actions`, {
        method: 'POST',
        body,
      }),
    onSuccess: (d) => {
      qc.setQueryData(['dossier', communeId, id], d);
      void qc.invalidateQueries({ queryKey: ['dossiers'] });
      void qc.invalidateQueries({ queryKey: ['onestop'] });
      void qc.invalidateQueries({ queryKey: ['stats'] });
    },
  });
}

export function useOnestopSummary(communeId: string | undefined, from: string, to: string) {
  return useQuery({
    queryKey: ['onestop', 'summary', communeId, from, to],
    queryFn: ({ signal }) =>
      api<Summary>(withQuery(`/api/communes/${enc(communeId ?? '')}/onestop/summary`, { from, to }), {
        signal,
      }),
    enabled: Boolean(communeId),
  });
}

export function useOnestopBreakdown(communeId: string | undefined, from: string, to: string) {
  return useQuery({
    queryKey: ['onestop', 'breakdown', communeId, from, to],
    queryFn: ({ signal }) =>
      api<Breakdown>(withQuery(`/api/communes/${enc(communeId ?? '')}/onestop/breakdown`, { from, to }), {
        signal,
      }),
    enabled: Boolean(communeId),
  });
}

// Citizen portal (no session).

export function usePublicProcedures(communeCode: string) {
  return useQuery({
    queryKey: ['public', 'procedures', communeCode],
    queryFn: ({ signal }) =>
      api<{ items: Procedure[] }>(`/api/public/communes/${enc(communeCode)}/procedures`, { signal }),
    staleTime: 5 * 60_000,
  });
}

export function usePublicProcedure(communeCode: string, code: string) {
  return useQuery({
    queryKey: ['public', 'procedure', communeCode, code],
    queryFn: ({ signal }) =>
      api<Procedure>(`/api/public/communes/${enc(communeCode)}/procedures/${enc(code)}`, { signal }),
    staleTime: 5 * 60_000,
  });
}

export function usePublicDossier(communeCode: string, code: string) {
  return useQuery({
    queryKey: ['public', 'dossier', communeCode, code],
    queryFn: ({ signal }) =>
      api<PublicDossier>(`/api/public/communes/${enc(communeCode)}/dossiers/${enc(code)}`, { signal }),
  });
}

export function useRateDossier(communeCode: string, code: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: RatingInput) =>
      api<PublicDossier>(`/api/public/communes/${enc(communeCode)}/dossiers/${enc(code)}/rating`, {
        method: 'POST',
        body,
      }),
    onSuccess: (d) => qc.setQueryData(['public', 'dossier', communeCode, code], d),
  });
}

export interface ImportField {
  field: string;
  header: string;
  required: boolean;
}

/** The layout's columns and the commune's saved mapping, for the import screen. */
export function useImportLayout(communeId: string | undefined, kind: 'dossiers' | 'procedures') {
  return useQuery({
    queryKey: ['import-mapping', communeId, kind],
    queryFn: ({ signal }) =>
      api<{ fields: ImportField[]; mapping: Record<string, string> | null }>(
        `/api/communes/${enc(communeId ?? '')}/import-mappings/${kind}`,
        { signal },
      ),
    enabled: Boolean(communeId),
  });
}
