import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, setCsrfToken, withQuery } from './api.ts';
import type {
  AuditFilter,
  AuditPage,
  Commune,
  CommuneSummary,
  PublicCommune,
  PublicCommuneSummary,
  Session,
  Stats,
} from './types.ts';

/** The current session, or null when not logged in (401). */
export const sessionQuery = queryOptions({
  queryKey: ['session'],
  queryFn: async ({ signal }): Promise<Session | null> => {
    try {
      const s = await api<Session>('/api/auth/me', { signal });
      setCsrfToken(s.csrfToken);
      return s;
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) {
        setCsrfToken(null);
        return null;
      }
      throw e;
    }
  },
  staleTime: Number.POSITIVE_INFINITY,
  retry: false,
});

export function useSession() {
  return useQuery(sessionQuery);
}

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { username: string; password: string }) =>
      api<Session>('/api/auth/login', { method: 'POST', body }),
    meta: { credentials: true },
    onSuccess: (session) => {
      // Another user's cached data must never show after a login.
      qc.clear();
      setCsrfToken(session.csrfToken);
      qc.setQueryData(sessionQuery.queryKey, session);
    },
  });
}

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>('/api/auth/logout', { method: 'POST' }),
    onSettled: () => {
      setCsrfToken(null);
      qc.clear();
      qc.setQueryData(sessionQuery.queryKey, null);
    },
  });
}

export function useChangePassword() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      api<void>('/api/auth/password', { method: 'POST', body }),
    // The server may rotate the session and its CSRF token on a password change.
    onSuccess: () => qc.invalidateQueries({ queryKey: sessionQuery.queryKey }),
  });
}

export const communesQuery = queryOptions({
  queryKey: ['communes'],
  queryFn: ({ signal }) => api<{ items: CommuneSummary[] }>('/api/communes', { signal }),
  staleTime: 5 * 60_000,
});

export function useCommunes() {
  return useQuery(communesQuery);
}

export function useCommune(id: string | undefined) {
  return useQuery({
    queryKey: ['commune', id],
    queryFn: ({ signal }) => api<Commune>(`/api/communes/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: Boolean(id),
  });
}

export function useStats(communeId: string | undefined, range: { from?: string; to?: string } = {}) {
  return useQuery({
    queryKey: ['stats', communeId, range.from, range.to],
    queryFn: ({ signal }) => api<Stats>(withQuery('/api/stats', { communeId, ...range }), { signal }),
    enabled: Boolean(communeId),
  });
}

export function useAudit(filter: AuditFilter, enabled = true) {
  return useQuery({
    queryKey: ['audit', filter],
    queryFn: ({ signal }) => api<AuditPage>(withQuery('/api/audit', { ...filter }), { signal }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function usePublicCommunes() {
  return useQuery({
    queryKey: ['public', 'communes'],
    queryFn: ({ signal }) => api<{ items: PublicCommuneSummary[] }>('/api/public/communes', { signal }),
    staleTime: 5 * 60_000,
  });
}

export function usePublicCommune(code: string) {
  return useQuery({
    queryKey: ['public', 'commune', code],
    queryFn: ({ signal }) =>
      api<PublicCommune>(`/api/public/communes/${encodeURIComponent(code)}`, { signal }),
    staleTime: 5 * 60_000,
  });
}
