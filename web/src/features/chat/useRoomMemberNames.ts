import type { UserProfile } from '@aether/common';
import { useQueries } from '@tanstack/react-query';
import { profileKeys } from '../profile/queries';

const profileApi = () => import('../profile/api');

function readProfileOnce(uid: string): Promise<UserProfile | null> {
  return new Promise((resolve, reject) => {
    profileApi().then((m) => {
      let unsubscribe: (() => void) | null = null;
      let done = false;
      unsubscribe = m.subscribeToProfile(uid)((profile) => {
        done = true;
        resolve(profile);
        unsubscribe?.();
      }, reject);
      if (done) unsubscribe();
    }, reject);
  });
}

/** Display names of a room's members (for mentions), sharing the profile cache with the rest of the app. */
export function useRoomMemberNames(memberIds: string[]): { uid: string; displayName: string }[] {
  const results = useQueries({
    queries: memberIds.slice(0, 200).map((uid) => ({
      queryKey: profileKeys.detail(uid),
      queryFn: () => readProfileOnce(uid),
      staleTime: 60_000,
    })),
  });
  return results
    .map((r, i) => ({ uid: memberIds[i] ?? '', displayName: r.data?.displayName ?? '' }))
    .filter((m) => m.displayName);
}
