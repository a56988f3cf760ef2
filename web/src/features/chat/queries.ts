import { useQuery } from '@tanstack/react-query';
import { lazySubscribe, useLiveQuery } from '../../lib/liveQuery';
import type { MemberState, Message, Room } from './types';

// The data layer (and Firestore) loads on first use.
const api = () => import('./api');

export const chatKeys = {
  myRooms: (uid: string) => ['chat', 'rooms', 'mine', uid] as const,
  publicRooms: () => ['chat', 'rooms', 'public'] as const,
  room: (roomId: string) => ['chat', 'room', roomId] as const,
  latest: (roomId: string, uid: string) => ['chat', 'messages', roomId, uid] as const,
  members: (roomId: string) => ['chat', 'members', roomId] as const,
  typing: (roomId: string) => ['chat', 'typing', roomId] as const,
  unread: (roomId: string, uid: string, lastMessageAt: number | null) =>
    ['chat', 'unread', roomId, uid, lastMessageAt] as const,
};

export function useMyRooms(uid: string | undefined) {
  const id = uid ?? '-';
  return useLiveQuery<Room[]>(
    chatKeys.myRooms(id),
    lazySubscribe(() => api().then((m) => m.subscribeToMyRooms(id))),
    Boolean(uid),
  );
}

export function usePublicRooms() {
  return useLiveQuery<Room[]>(
    chatKeys.publicRooms(),
    lazySubscribe(() => api().then((m) => m.subscribeToPublicRooms())),
  );
}

export function useRoom(roomId: string) {
  return useLiveQuery<Room | null>(
    chatKeys.room(roomId),
    lazySubscribe(() => api().then((m) => m.subscribeToRoom(roomId))),
  );
}

export function useLatestMessages(roomId: string, uid: string, enabled: boolean) {
  return useLiveQuery<Message[]>(
    chatKeys.latest(roomId, uid),
    lazySubscribe(() => api().then((m) => m.subscribeToLatestMessages(roomId, uid))),
    enabled,
  );
}

export function useMemberStates(roomId: string, enabled: boolean) {
  return useLiveQuery<MemberState[]>(
    chatKeys.members(roomId),
    lazySubscribe(() => api().then((m) => m.subscribeToMemberStates(roomId))),
    enabled,
  );
}

export function useTypingDocs(roomId: string, enabled: boolean) {
  return useLiveQuery<{ uid: string; expiresAt: number }[]>(
    chatKeys.typing(roomId),
    lazySubscribe(() => api().then((m) => m.subscribeToTyping(roomId))),
    enabled,
  );
}

/** Recounted whenever the room's last message changes. */
export function useUnreadCount(roomId: string, uid: string, lastMessageAt: number | null) {
  return useQuery({
    queryKey: chatKeys.unread(roomId, uid, lastMessageAt),
    queryFn: () => api().then((m) => m.countUnread(roomId, uid)),
    staleTime: Infinity,
    retry: false,
  });
}

export const chatApi = api;
