import { useState } from 'react';
import { toast } from 'sonner';
import { EmptyState } from '../../components/EmptyState';
import { Skeleton } from '../../components/Skeleton';
import { errorMessage } from '../../lib/errors';
import { ActorName } from '../notifications/ActorName';
import { PostCard } from './PostCard';
import { feedApi, useAuthorPosts, useFollowRequests, useFollowState } from './queries';
import './feed.css';

/** A profile's posts (private profiles: followers only) and, for the owner, pending follow requests. */
export function ProfileSocial({ uid, me, isPrivate }: { uid: string; me: string; isPrivate: boolean }) {
  const own = uid === me;
  const { data: state } = useFollowState(me, uid);
  const follower = state?.following === true;
  const canSee = own || !isPrivate || follower;
  return (
    <div className="stack">
      {own && isPrivate ? <FollowRequests uid={uid} /> : null}
      {canSee ? (
        <ProfilePosts uid={uid} me={me} follower={follower} ready={own || state !== undefined} />
      ) : (
        <p className="muted">Only approved followers see this member’s posts.</p>
      )}
    </div>
  );
}

function ProfilePosts({ uid, me, follower, ready }: { uid: string; me: string; follower: boolean; ready: boolean }) {
  const [count, setCount] = useState(20);
  const { data, isPending, error } = useAuthorPosts(uid, me, follower, count, ready);
  if (!ready || isPending) return <Skeleton height="5rem" />;
  if (error) return <p className="form-error">{errorMessage(error, 'Posts could not be loaded.')}</p>;
  return (
    <section className="stack" aria-labelledby="profile-posts">
      <h2 id="profile-posts">Posts</h2>
      {!data?.length ? (
        <EmptyState title="No posts yet" icon="📝" />
      ) : (
        <ol className="post-list" aria-label="Posts">
          {data.map((p) => (
            <li key={p.id}>
              <PostCard post={p} me={me} />
            </li>
          ))}
        </ol>
      )}
      {data && data.length >= count ? (
        <button type="button" className="btn btn-ghost" onClick={() => setCount((c) => c + 20)}>
          Load more
        </button>
      ) : null}
    </section>
  );
}

function FollowRequests({ uid }: { uid: string }) {
  const { data, isPending } = useFollowRequests(uid, true);
  const [busy, setBusy] = useState<string | null>(null);
  async function answer(requester: string, accept: boolean) {
    setBusy(requester);
    try {
      await feedApi().then((m) => m.answerFollowRequest(requester, accept));
      toast.success(accept ? 'Request accepted' : 'Request declined');
    } catch (error) {
      toast.error(errorMessage(error, 'That did not work.'));
    } finally {
      setBusy(null);
    }
  }
  if (isPending || !data?.length) return null;
  return (
    <section className="card stack-tight" aria-labelledby="requests-title">
      <h2 id="requests-title">Follow requests</h2>
      <ul className="stack-tight">
        {data.map((r) => (
          <li key={r} className="suggestion">
            <ActorName uid={r}>{(name) => name}</ActorName>
            <div className="row">
              <button
                type="button"
                className="btn btn-primary btn-small"
                disabled={busy === r}
                onClick={() => answer(r, true)}
              >
                Accept
              </button>
              <button
                type="button"
                className="btn btn-ghost btn-small"
                disabled={busy === r}
                onClick={() => answer(r, false)}
              >
                Decline
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
