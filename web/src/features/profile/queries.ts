import type { UserProfile, UserSettings } from '@aether/common';
import { useLiveQuery } from '../../lib/liveQuery';
import { subscribeToNewestProfiles, subscribeToProfile, subscribeToSettings } from './api';

export const profileKeys = {
  all: ['profiles'] as const,
  detail: (uid: string) => ['profiles', uid] as const,
  newest: (count: number) => ['profiles', 'newest', count] as const,
  settings: (uid: string) => ['settings', uid] as const,
};

export function useProfile(uid: string | undefined) {
  return useLiveQuery<UserProfile | null>(profileKeys.detail(uid ?? '-'), subscribeToProfile(uid ?? '-'), Boolean(uid));
}

export function useSettings(uid: string | undefined) {
  return useLiveQuery<UserSettings | null>(
    profileKeys.settings(uid ?? '-'),
    subscribeToSettings(uid ?? '-'),
    Boolean(uid),
  );
}

export function useNewestProfiles(count: number) {
  return useLiveQuery<UserProfile[]>(profileKeys.newest(count), subscribeToNewestProfiles(count));
}
