import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../lib/api.ts';

const enc = encodeURIComponent;
const commune = (communeId: string | undefined) => `/api/communes/${enc(communeId ?? '')}`;

export interface NumberingSettings {
  perTypeNumbering: boolean;
}

export function useNumberingSettings(communeId: string | undefined) {
  return useQuery({
    queryKey: ['document-settings', communeId],
    queryFn: ({ signal }) => api<NumberingSettings>(`${commune(communeId)}/document-settings`, { signal }),
    enabled: Boolean(communeId),
  });
}

/**
 * One PUT of a leader's setting below the commune (`document-settings`, `disclosure/settings`,
 * `consultation-rules/<type>`, `disclosure/categories/<code>`); the cached lists it feeds are refreshed.
 */
export function useSaveSetting(communeId: string | undefined) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (c: { path: string; body: unknown }) =>
      api<unknown>(`${commune(communeId)}/${c.path}`, { method: 'PUT', body: c.body }),
    onSuccess: () =>
      Promise.all(
        [
          'document-settings',
          'disclosure-settings',
          'consultation-rules',
          'disclosure-categories',
          'disclosures',
        ].map((key) => qc.invalidateQueries({ queryKey: [key, communeId] })),
      ),
  });
}
