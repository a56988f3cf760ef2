import { useState } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { Skeleton } from '../../components/Skeleton';
import { errorMessage } from '../../lib/errors';
import { LiveList } from './LiveList';
import { PostCard } from './PostCard';
import { useAuthorPosts, useDiscover, useFollowingFeed, usePost } from './queries';
import type { FeedEntry } from './types';
import type { DiscoverMode } from './types';

const PAGE = 20;

function PostSkeletons() {
  return (
    <div className="stack" aria-busy="true" aria-label="Loading posts">
      {[0, 1, 2].map((i) => (
        <div key={i} className="card stack-tight">
          <Skeleton width="40%" />
          <Skeleton height="3rem" />
        </div>
      ))}
    </div>
  );
}

/** A feed entry resolves to its post; a post that became hidden or was deleted drops out. */
function FeedPost({ postId, me }: { postId: string; me: string }) {
  const { data: post, isPending } = usePost(postId);
  if (isPending) return <Skeleton height="6rem" />;
  if (!post) return null;
  return <PostCard post={post} me={me} />;
}

/** Keeps showing the previous page while a larger one loads, so infinite scroll never jumps. */
function useLatest<T>(value: T | undefined): T | undefined {
  const [latest, setLatest] = useState(value);
  if (value !== undefined && value !== latest) setLatest(value);
  return value ?? latest;
}

/**
 * The reader's own latest posts join the Following list at once (while the write is pending and
 * before the fan-out trigger has run); the fanned-out entry replaces them later under the same key.
 */
function withOwnPosts(
  entries: FeedEntry[],
  own: { id: string; authorId: string; createdAt: number | null }[],
  count: number,
) {
  const known = new Set(entries.map((e) => e.postId));
  const oldest = entries.length >= count ? (entries[entries.length - 1]?.createdAt ?? 0) : 0;
  const extra = own
    .filter((p) => !known.has(p.id) && (p.createdAt === null || p.createdAt >= oldest))
    .map((p) => ({ postId: p.id, authorId: p.authorId, createdAt: p.createdAt }));
  if (!extra.length) return entries;
  return [...extra, ...entries].sort(
    (a, b) => (b.createdAt ?? Number.MAX_SAFE_INTEGER) - (a.createdAt ?? Number.MAX_SAFE_INTEGER),
  );
}

export function FollowingFeed({ me }: { me: string }) {
  const [count, setCount] = useState(PAGE);
  const query = useFollowingFeed(me, count);
  const own = useAuthorPosts(me, me, false, 5);
  const entries = useLatest(query.data);
  const data = entries ? withOwnPosts(entries, own.data ?? [], count) : undefined;
  if (query.error) return <p className="form-error">{errorMessage(query.error, 'Your feed could not be loaded.')}</p>;
  if (!data) return <PostSkeletons />;
  return (
    <>
      <LiveList
        label="Following"
        items={data.map((e) => ({ ...e, key: e.postId, mine: e.authorId === me }))}
        render={(e) => <FeedPost postId={e.postId} me={me} />}
        hasMore={(entries?.length ?? 0) >= count}
        onMore={() => setCount((c) => c + PAGE)}
      />
      {!data.length ? (
        <EmptyState title="Your feed is quiet" icon="🌱">
          <p>
            Follow people to see their posts here — try <Link to="/feed?tab=discover">Discover</Link> or{' '}
            <Link to="/search">search</Link>.
          </p>
        </EmptyState>
      ) : null}
    </>
  );
}

export function DiscoverFeed({ me, mode }: { me: string; mode: DiscoverMode }) {
  const [count, setCount] = useState(PAGE);
  const query = useDiscover(mode, count);
  const data = useLatest(query.data);
  if (query.error) return <p className="form-error">{errorMessage(query.error, 'Discover could not be loaded.')}</p>;
  if (!data) return <PostSkeletons />;
  return (
    <>
      <LiveList
        label={mode === 'popular' ? 'Popular posts' : 'Recent posts'}
        items={data.map((p) => ({ ...p, key: p.id, mine: p.authorId === me || mode === 'popular' }))}
        render={(p) => <PostCard post={p} me={me} />}
        hasMore={data.length >= count}
        onMore={() => setCount((c) => c + PAGE)}
      />
      {!data.length ? (
        <EmptyState title="Nothing posted yet" icon="📰">
          <p>Be the first: write something above.</p>
        </EmptyState>
      ) : null}
    </>
  );
}
