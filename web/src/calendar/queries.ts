import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../lib/api.ts';
import type { CalendarYear, DeadlineRuleVersion, YearOverrideInput } from './types.ts';

export function useCalendarYear(year: number) {
  return useQuery({
    queryKey: ['calendar', year],
    queryFn: ({ signal }) => api<CalendarYear>(`/api/calendar/${year}`, { signal }),
  });
}

export function useSaveYearOverride(year: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: YearOverrideInput) =>
      api<CalendarYear>(`/api/calendar/${year}`, { method: 'PUT', body }),
    onSuccess: (data) => qc.setQueryData(['calendar', year], data),
  });
}

export function useDeleteYearOverride(year: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<CalendarYear>(`/api/calendar/${year}`, { method: 'DELETE' }),
    onSuccess: (data) => qc.setQueryData(['calendar', year], data),
  });
}

export function useDeadlineRules() {
  return useQuery({
    queryKey: ['deadline-rules'],
    queryFn: ({ signal }) => api<{ items: DeadlineRuleVersion[] }>('/api/deadline-rules', { signal }),
    staleTime: 60_000,
  });
}
