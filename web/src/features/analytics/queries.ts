import type { SearchUsersInput } from '@aether/common';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { lazySubscribe, useLiveQuery } from '../../lib/liveQuery';
import type { AdminSummary } from './types';

const api = () => import('./api');

export const analyticsKeys = {
  summary: ['analytics', 'summary'] as const,
  userSearch: (query: string) => ['admin', 'users', query] as const,
};

/** stats/summary, live: the rollup's output (admins only, by the rules). */
export function useAdminSummary() {
  return useLiveQuery<AdminSummary | null>(
    analyticsKeys.summary,
    lazySubscribe(() => api().then((m) => m.subscribeToSummary())),
  );
}

/** Runs the rollup now; the live summary updates by itself, the result also seeds the cache. */
export function useRunRollup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api().then((m) => m.runRollupNow()),
    onSuccess: (summary) => queryClient.setQueryData(analyticsKeys.summary, summary),
  });
}

export function useUserSearch(input: SearchUsersInput | null) {
  return useQuery({
    queryKey: analyticsKeys.userSearch(input?.query ?? ''),
    queryFn: () => api().then((m) => m.searchUsers(input!)),
    enabled: Boolean(input?.query.trim()),
    staleTime: 0,
  });
}
