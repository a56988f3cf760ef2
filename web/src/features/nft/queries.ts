import { useQuery } from '@tanstack/react-query';
import { lazySubscribe, useLiveQuery } from '../../lib/liveQuery';
import type { Certificate } from './api';

// The data layer (Firestore, Functions) loads on first use.
const api = () => import('./api');

export const certificateKeys = {
  mine: (uid: string) => ['certificates', 'mine', uid] as const,
  detail: (id: string) => ['certificates', id] as const,
  verification: (id: string) => ['certificates', id, 'verification'] as const,
};

export function useMyCertificates(uid: string | undefined) {
  const id = uid ?? '-';
  return useLiveQuery<Certificate[]>(
    certificateKeys.mine(id),
    lazySubscribe(() => api().then((m) => m.subscribeToMyCertificates(id))),
    Boolean(uid),
  );
}

export function useCertificate(id: string, enabled = true) {
  return useLiveQuery<Certificate | null>(
    certificateKeys.detail(id),
    lazySubscribe(() => api().then((m) => m.subscribeToCertificate(id))),
    enabled,
  );
}

/**
 * Chain state of a certificate; refetched while a mint is still settling. Pass enabled=false until
 * the session is known: the app clears the query cache when it learns nobody is signed in, which
 * would drop a request already in flight.
 */
export function useVerification(id: string, enabled = true) {
  return useQuery({
    queryKey: certificateKeys.verification(id),
    enabled,
    queryFn: ({ signal }) => api().then((m) => m.fetchVerification(id, signal)),
    retry: (count, error) => count < 2 && !(error instanceof Error && error.name === 'NotFoundError'),
    refetchInterval: (q) => (q.state.data?.status === 'minting' ? 3000 : false),
  });
}
