import { useQuery } from '@tanstack/react-query';
import { lazySubscribe, useLiveQuery } from '../../lib/liveQuery';
import type { Comment, DiscoverMode, FeedEntry, FollowState, Post, Recommendations } from './types';

// The data layer (and Firestore) loads on first use.
const api = () => import('./api');
export const feedApi = api;

export const feedKeys = {
  post: (id: string) => ['feed', 'post', id] as const,
  following: (uid: string, count: number) => ['feed', 'following', uid, count] as const,
  discover: (mode: DiscoverMode, count: number) => ['feed', 'discover', mode, count] as const,
  author: (authorId: string, me: string, follower: boolean, count: number) =>
    ['feed', 'author', authorId, me, follower, count] as const,
  myLike: (postId: string, uid: string) => ['feed', 'like', postId, uid] as const,
  comments: (postId: string, uid: string) => ['feed', 'comments', postId, uid] as const,
  followState: (me: string, other: string) => ['follows', 'state', me, other] as const,
  followList: (uid: string, which: string) => ['follows', which, uid] as const,
  requests: (uid: string) => ['follows', 'requests', uid] as const,
  recommendations: (uid: string) => ['recommendations', uid] as const,
};

export function usePost(postId: string) {
  return useLiveQuery<Post | null>(
    feedKeys.post(postId),
    lazySubscribe(() => api().then((m) => m.subscribeToPost(postId))),
  );
}

export function useFollowingFeed(uid: string, count: number) {
  return useLiveQuery<FeedEntry[]>(
    feedKeys.following(uid, count),
    lazySubscribe(() => api().then((m) => m.subscribeToFeed(uid, count))),
  );
}

export function useDiscover(mode: DiscoverMode, count: number) {
  return useLiveQuery<Post[]>(
    feedKeys.discover(mode, count),
    lazySubscribe(() => api().then((m) => m.subscribeToDiscover(mode, count))),
  );
}

export function useAuthorPosts(authorId: string, me: string, isFollower: boolean, count: number, enabled = true) {
  return useLiveQuery<Post[]>(
    feedKeys.author(authorId, me, isFollower, count),
    lazySubscribe(() => api().then((m) => m.subscribeToAuthorPosts(authorId, me, isFollower, count))),
    enabled,
  );
}

export function useMyLike(postId: string, uid: string) {
  return useLiveQuery<boolean>(
    feedKeys.myLike(postId, uid),
    lazySubscribe(() => api().then((m) => m.subscribeToMyLike(postId, uid))),
  );
}

export function useComments(postId: string, uid: string) {
  return useLiveQuery<Comment[]>(
    feedKeys.comments(postId, uid),
    lazySubscribe(() => api().then((m) => m.subscribeToComments(postId, uid))),
  );
}

export function useFollowState(me: string | undefined, other: string) {
  const id = me ?? '-';
  return useLiveQuery<FollowState>(
    feedKeys.followState(id, other),
    lazySubscribe(() => api().then((m) => m.subscribeToFollowState(id, other))),
    Boolean(me) && me !== other,
  );
}

export function useFollowList(uid: string, which: 'followers' | 'following') {
  return useLiveQuery<string[]>(
    feedKeys.followList(uid, which),
    lazySubscribe(() => api().then((m) => m.subscribeToFollowList(uid, which))),
  );
}

export function useFollowRequests(uid: string, enabled: boolean) {
  return useLiveQuery<string[]>(
    feedKeys.requests(uid),
    lazySubscribe(() => api().then((m) => m.subscribeToFollowRequests(uid))),
    enabled,
  );
}

export function useRecommendations(uid: string) {
  return useLiveQuery<Recommendations | null>(
    feedKeys.recommendations(uid),
    lazySubscribe(() => api().then((m) => m.subscribeToRecommendations(uid))),
  );
}

/** Computes recommendations once when a user has none yet. */
export function useEnsureRecommendations(uid: string, missing: boolean) {
  return useQuery({
    queryKey: ['recommendations', 'refresh', uid],
    queryFn: () =>
      api()
        .then((m) => m.refreshRecommendations())
        .then(() => true),
    enabled: missing,
    staleTime: Infinity,
    retry: false,
  });
}
