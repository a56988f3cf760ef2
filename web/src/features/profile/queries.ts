import type { UserProfile, UserSettings } from '@aether/common';
import { lazySubscribe, useLiveQuery } from '../../lib/liveQuery';

// The data layer (and with it Firestore) is imported on first use: the shell renders without it.
const api = () => import('./api');

export const profileKeys = {
  all: ['profiles'] as const,
  detail: (uid: string) => ['profiles', uid] as const,
  newest: (count: number) => ['profiles', 'newest', count] as const,
  settings: (uid: string) => ['settings', uid] as const,
};

export function useProfile(uid: string | undefined) {
  const id = uid ?? '-';
  return useLiveQuery<UserProfile | null>(
    profileKeys.detail(id),
    lazySubscribe(() => api().then((m) => m.subscribeToProfile(id))),
    Boolean(uid),
  );
}

export function useSettings(uid: string | undefined) {
  const id = uid ?? '-';
  return useLiveQuery<UserSettings | null>(
    profileKeys.settings(id),
    lazySubscribe(() => api().then((m) => m.subscribeToSettings(id))),
    Boolean(uid),
  );
}

export function useNewestProfiles(count: number) {
  return useLiveQuery<UserProfile[]>(
    profileKeys.newest(count),
    lazySubscribe(() => api().then((m) => m.subscribeToNewestProfiles(count))),
  );
}
