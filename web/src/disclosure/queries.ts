import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FileUpload } from '../documents/types.ts';
import { api, withQuery } from '../lib/api.ts';
import type { Category, Checklist, DisclosureInput, DisclosureItem, PublicDisclosure } from './types.ts';

const enc = encodeURIComponent;
const commune = (communeId: string | undefined) => `/api/communes/${enc(communeId ?? '')}`;

export interface DisclosureFilter {
  q?: string;
  categoryCode?: string;
  year?: number;
  limit?: number;
}

export function useCategories(communeId: string | undefined) {
  return useQuery({
    queryKey: ['disclosure-categories', communeId],
    queryFn: ({ signal }) =>
      api<{ items: Category[] }>(`${commune(communeId)}/disclosure/categories`, { signal }),
    enabled: Boolean(communeId),
    staleTime: 5 * 60_000,
  });
}

export function useDisclosureSettings(communeId: string | undefined) {
  return useQuery({
    queryKey: ['disclosure-settings', communeId],
    queryFn: ({ signal }) =>
      api<{ minPostingDays: number }>(`${commune(communeId)}/disclosure/settings`, { signal }),
    enabled: Boolean(communeId),
    staleTime: 5 * 60_000,
  });
}

export function useChecklist(communeId: string | undefined, year: number) {
  return useQuery({
    queryKey: ['disclosures', communeId, 'checklist', year],
    queryFn: ({ signal }) =>
      api<Checklist>(withQuery(`${commune(communeId)}/disclosure/checklist`, { year }), { signal }),
    enabled: Boolean(communeId),
  });
}

export function useDisclosures(communeId: string | undefined, filter: DisclosureFilter) {
  return useQuery({
    queryKey: ['disclosures', communeId, 'list', filter],
    queryFn: ({ signal }) =>
      api<{ items: DisclosureItem[]; total: number }>(
        withQuery(`${commune(communeId)}/disclosures`, { ...filter }),
        { signal },
      ),
    enabled: Boolean(communeId),
    placeholderData: keepPreviousData,
  });
}

export interface DisclosureSave {
  /** The item to correct; none for a new one. */
  id?: string;
  body: DisclosureInput;
  photos: FileUpload[];
  /** Each step that succeeded, so a retry after a refused photo neither duplicates the item nor a photo. */
  onItem: (id: string) => void;
  onPhoto: (index: number) => void;
}

/** Creates an item (no id) or corrects one; then adds the chosen photos one by one. */
export function useSaveDisclosure(communeId: string | undefined) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (c: DisclosureSave) => {
      let item = c.id
        ? await api<DisclosureItem>(`${commune(communeId)}/disclosures/${enc(c.id)}`, {
            method: 'PATCH',
            body: c.body,
          })
        : await api<DisclosureItem>(`${commune(communeId)}/disclosures`, { method: 'POST', body: c.body });
      c.onItem(item.id);
      for (const [i, photo] of c.photos.entries()) {
        item = await api<DisclosureItem>(`${commune(communeId)}/disclosures/${enc(item.id)}/photos`, {
          method: 'POST',
          body: photo,
        });
        c.onPhoto(i);
      }
      return item;
    },
    // Invalidated even on failure: the item may be saved while a photo was refused.
    onSettled: () => qc.invalidateQueries({ queryKey: ['disclosures', communeId] }),
  });
}

export const photoUrl = (communeId: string, id: string, photoId: string) =>
  `${commune(communeId)}/disclosures/${enc(id)}/photos/${enc(photoId)}`;

export function usePublicDisclosures(communeCode: string, year: number | undefined) {
  return useQuery({
    queryKey: ['public', 'disclosures', communeCode, year],
    queryFn: ({ signal }) =>
      api<{ items: PublicDisclosure[]; total: number }>(
        withQuery(`/api/public/communes/${enc(communeCode)}/disclosures`, { year, limit: 500 }),
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}
