import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../lib/api.ts';
import type {
  CheckResult,
  Genre,
  HeaderInput,
  Report,
  ReportStatus,
  ReportSummary,
  SavedSection,
} from './types.ts';

const enc = encodeURIComponent;
const base = (communeId: string | undefined) => `/api/communes/${enc(communeId ?? '')}/reports`;

/** Where the browser downloads or previews a report (the session cookie goes along). */
export const reportFileUrl = (communeId: string, id: string, kind: 'docx' | 'preview') =>
  `${base(communeId)}/${enc(id)}/${kind}`;

export interface ReportFilter {
  genre?: Genre;
  status?: ReportStatus;
  limit: number;
  offset: number;
}

export function useReports(communeId: string | undefined, filter: ReportFilter) {
  return useQuery({
    queryKey: ['reports', communeId, filter],
    queryFn: ({ signal }) =>
      api<{ items: ReportSummary[]; total: number }>(withQuery(base(communeId), { ...filter }), { signal }),
    enabled: Boolean(communeId),
    placeholderData: keepPreviousData,
  });
}

export const reportKey = (communeId: string | undefined, id: string) => ['report', communeId, id];

export function useReport(communeId: string | undefined, id: string) {
  return useQuery({
    queryKey: reportKey(communeId, id),
    queryFn: ({ signal }) => api<Report>(`${base(communeId)}/${enc(id)}`, { signal }),
    enabled: Boolean(communeId),
    // Several officials edit one report: the editor reloads sections itself on a conflict.
    refetchOnWindowFocus: false,
  });
}

export function useChecks(communeId: string | undefined, id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['report-checks', communeId, id],
    queryFn: ({ signal }) => api<CheckResult>(`${base(communeId)}/${enc(id)}/checks`, { signal }),
    enabled: Boolean(communeId) && enabled,
  });
}

/** After a change the report, its checks and the lists are read again. */
function useReportUpdate(communeId: string | undefined) {
  const qc = useQueryClient();
  return (report: Report) => {
    qc.setQueryData(reportKey(communeId, report.id), report);
    void qc.invalidateQueries({ queryKey: ['report-checks', communeId, report.id] });
    void qc.invalidateQueries({ queryKey: ['reports', communeId] });
    void qc.invalidateQueries({ queryKey: ['rollup'] });
  };
}

export function useCreateReport(communeId: string | undefined) {
  const updated = useReportUpdate(communeId);
  return useMutation({
    mutationFn: (body: { genre: Genre; period: string }) =>
      api<Report>(base(communeId), { method: 'POST', body }),
    onSuccess: updated,
  });
}

export function useSaveParagraph(communeId: string | undefined, id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { paragraphId: string; revision: number; text: string }) =>
      api<SavedSection>(`${base(communeId)}/${enc(id)}/paragraphs/${enc(v.paragraphId)}`, {
        method: 'PATCH',
        body: { revision: v.revision, text: v.text },
      }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['report-checks', communeId, id] }),
  });
}

export function useSaveSection(communeId: string | undefined, id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { sectionId: string; revision: number; paragraphs: { id?: string; text: string }[] }) =>
      api<SavedSection>(`${base(communeId)}/${enc(id)}/sections/${enc(v.sectionId)}`, {
        method: 'PUT',
        body: { revision: v.revision, paragraphs: v.paragraphs },
      }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['report-checks', communeId, id] }),
  });
}

export function useSaveHeader(communeId: string | undefined, id: string) {
  const updated = useReportUpdate(communeId);
  return useMutation({
    mutationFn: (body: HeaderInput) =>
      api<Report>(`${base(communeId)}/${enc(id)}`, { method: 'PATCH', body }),
    onSuccess: updated,
  });
}

export function useReportAction(
  communeId: string | undefined,
  id: string,
  action: 'regenerate' | 'finalise' | 'versions',
) {
  const updated = useReportUpdate(communeId);
  return useMutation({
    mutationFn: (body: object = {}) =>
      api<Report>(`${base(communeId)}/${enc(id)}/${action}`, { method: 'POST', body }),
    onSuccess: updated,
  });
}

export function useDeleteReport(communeId: string | undefined, id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>(`${base(communeId)}/${enc(id)}`, { method: 'DELETE' }),
    onSuccess: () => {
      qc.removeQueries({ queryKey: reportKey(communeId, id) });
      void qc.invalidateQueries({ queryKey: ['reports', communeId] });
      void qc.invalidateQueries({ queryKey: ['rollup'] });
    },
  });
}
