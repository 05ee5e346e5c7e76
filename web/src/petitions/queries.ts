import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../lib/api.ts';
import type {
  ActionInput,
  Assignee,
  Attention,
  BatchAnswerInput,
  FileUpload,
  Petition,
  PetitionDetail,
  PetitionReceipt,
  PetitionView,
  PortalReceipt,
  PortalSubmitInput,
  PublicPetition,
  ReceiveInput,
  Template,
  TemplateInput,
} from './types.ts';

const enc = encodeURIComponent;
const base = (communeId: string | undefined) => `/api/communes/${enc(communeId ?? '')}`;

export interface PetitionFilter {
  communeId: string;
  q?: string;
  kind?: string;
  status?: string;
  topic?: string;
  view?: PetitionView;
  limit: number;
  offset: number;
}

export function usePetitions(filter: PetitionFilter | undefined) {
  return useQuery({
    queryKey: ['petitions', filter],
    queryFn: ({ signal }) =>
      api<{ items: Petition[]; total: number }>(withQuery('/api/petitions', { ...filter }), { signal }),
    enabled: Boolean(filter?.communeId),
    placeholderData: keepPreviousData,
  });
}

export function usePetition(communeId: string | undefined, id: string) {
  return useQuery({
    queryKey: ['petition', communeId, id],
    queryFn: ({ signal }) => api<PetitionDetail>(`${base(communeId)}/petitions/${enc(id)}`, { signal }),
    enabled: Boolean(communeId),
    // Each read of a denouncer's identity is audited: read again only when asked.
    refetchOnWindowFocus: false,
  });
}

/** A file's download address (a denunciation's identity files are audited on each read). */
export const attachmentUrl = (communeId: string, petitionId: string, fileId: string) =>
  `${base(communeId)}/petitions/${enc(petitionId)}/attachments/${enc(fileId)}`;

export function usePetitionAttention(communeId: string | undefined) {
  return useQuery({
    queryKey: ['petitions', 'attention', communeId],
    queryFn: ({ signal }) => api<Attention>(`${base(communeId)}/petitions/attention`, { signal }),
    enabled: Boolean(communeId),
  });
}

export function useAssignees(communeId: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['petitions', 'assignees', communeId],
    queryFn: ({ signal }) => api<{ items: Assignee[] }>(`${base(communeId)}/petitions/assignees`, { signal }),
    enabled: Boolean(communeId) && enabled,
    staleTime: 5 * 60_000,
  });
}

const invalidateLists = (qc: ReturnType<typeof useQueryClient>) => {
  void qc.invalidateQueries({ queryKey: ['petitions'] });
  void qc.invalidateQueries({ queryKey: ['stats'] });
};

export function useReceivePetition(communeId: string | undefined) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ReceiveInput) =>
      api<PetitionReceipt>(`${base(communeId)}/petitions`, { method: 'POST', body }),
    onSuccess: () => invalidateLists(qc),
  });
}

export function useAttachFile(communeId: string | undefined, id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: FileUpload) =>
      api<PetitionDetail>(`${base(communeId)}/petitions/${enc(id)}/attachments`, { method: 'POST', body }),
    // A denunciation's file joins the protected identity, which this answer leaves out: read again.
    onSuccess: (d) =>
      d.kind === 'denunciation'
        ? qc.invalidateQueries({ queryKey: ['petition', communeId, id] })
        : qc.setQueryData(['petition', communeId, id], d),
  });
}

/** Attaches files to a just-received petition, one request each; answers the refusals. */
export async function attachAll(communeId: string, id: string, files: FileUpload[]): Promise<string[]> {
  const refused: string[] = [];
  for (const file of files) {
    try {
      await api(`${base(communeId)}/petitions/${enc(id)}/attachments`, { method: 'POST', body: file });
    } catch (e) {
      refused.push(e instanceof Error ? e.message : file.fileName);
    }
  }
  return refused;
}

export function usePetitionAction(communeId: string | undefined, id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ActionInput) =>
      api<PetitionDetail>(`${base(communeId)}/petitions/${enc(id)}/actions`, { method: 'POST', body }),
    onSuccess: (d) => {
      // The action's answer never carries the identity; keep the one already read (and audited).
      qc.setQueryData<PetitionDetail>(['petition', communeId, id], (prev) => ({
        ...d,
        identity: d.identity ?? prev?.identity,
      }));
      invalidateLists(qc);
    },
  });
}

export function useBatchAnswer(communeId: string | undefined) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: BatchAnswerInput) =>
      api<{ items: Petition[] }>(`${base(communeId)}/petitions/answers`, { method: 'POST', body }),
    onSuccess: () => {
      invalidateLists(qc);
      void qc.invalidateQueries({ queryKey: ['petition', communeId] });
    },
  });
}

export function useTemplates(
  communeId: string | undefined,
  filter: { kind?: string; topic?: string; all?: boolean } = {},
  enabled = true,
) {
  return useQuery({
    queryKey: ['petition-templates', communeId, filter],
    queryFn: ({ signal }) =>
      api<{ items: Template[] }>(
        withQuery(`${base(communeId)}/petition-templates`, {
          kind: filter.kind,
          topic: filter.topic,
          all: filter.all ? 'true' : undefined,
        }),
        {
          signal,
        },
      ),
    enabled: Boolean(communeId) && enabled,
  });
}

export function useSaveTemplate(communeId: string | undefined) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: TemplateInput & { id?: string }) =>
      api<Template>(`${base(communeId)}/petition-templates${id ? `/${enc(id)}` : ''}`, {
        method: id ? 'PUT' : 'POST',
        body,
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['petition-templates', communeId] }),
  });
}

// Citizen portal (no session).

const publicBase = (communeCode: string) => `/api/public/communes/${enc(communeCode)}/petitions`;

export function useSubmitFeedback(communeCode: string) {
  return useMutation({
    mutationFn: (body: PortalSubmitInput) =>
      api<PortalReceipt>(publicBase(communeCode), { method: 'POST', body }),
  });
}

export function usePublicPetition(communeCode: string, code: string) {
  return useQuery({
    queryKey: ['public', 'petition', communeCode, code],
    queryFn: ({ signal }) => api<PublicPetition>(`${publicBase(communeCode)}/${enc(code)}`, { signal }),
  });
}

export function usePortalPetitionAction(communeCode: string, code: string, what: 'rating' | 'reopen') {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (
      body: { secret: string } & ({ rating: number; comment?: string | null } | { reason: string }),
    ) => api<PublicPetition>(`${publicBase(communeCode)}/${enc(code)}/${what}`, { method: 'POST', body }),
    onSuccess: (p) => qc.setQueryData(['public', 'petition', communeCode, code], p),
  });
}
