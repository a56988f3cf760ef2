import type { UserProfile } from '@aether/common';
import { useQueries } from '@tanstack/react-query';
import { firstValue, lazySubscribe } from '../../lib/liveQuery';
import { profileKeys } from '../profile/queries';

const profileApi = () => import('../profile/api');

/** Display names of a room's members (for mentions), sharing the profile cache with the rest of the app. */
export function useRoomMemberNames(memberIds: string[]): { uid: string; displayName: string }[] {
  const results = useQueries({
    queries: memberIds.slice(0, 200).map((uid) => ({
      queryKey: profileKeys.detail(uid),
      queryFn: () =>
        firstValue<UserProfile | null>(lazySubscribe(() => profileApi().then((m) => m.subscribeToProfile(uid)))),
      staleTime: 60_000,
    })),
  });
  return results
    .map((r, i) => ({ uid: memberIds[i] ?? '', displayName: r.data?.displayName ?? '' }))
    .filter((m) => m.displayName);
}
