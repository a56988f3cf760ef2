import { useState } from 'react';
import { Link } from 'react-router';
import { toast } from 'sonner';
import { Skeleton } from '../../components/Skeleton';
import { errorMessage } from '../../lib/errors';
import { FollowButton } from './FollowButton';
import { feedApi, useEnsureRecommendations, useRecommendations } from './queries';

/** "Who to follow" plus recommended rooms and courses, computed by functions into recommendations/{uid}. */
export function WhoToFollow({ uid }: { uid: string }) {
  const { data, isPending, error } = useRecommendations(uid);
  const ensure = useEnsureRecommendations(uid, !isPending && data === null);
  const [refreshing, setRefreshing] = useState(false);

  async function refresh() {
    setRefreshing(true);
    try {
      await feedApi().then((m) => m.refreshRecommendations());
    } catch (e) {
      toast.error(errorMessage(e, 'Recommendations could not be refreshed.'));
    } finally {
      setRefreshing(false);
    }
  }

  return (
    <aside className="card who-to-follow stack-tight" aria-labelledby="wtf-title">
      <div className="row">
        <h2 id="wtf-title">Who to follow</h2>
        <button type="button" className="btn btn-ghost btn-small" onClick={refresh} disabled={refreshing}>
          {refreshing ? 'Refreshing…' : 'Refresh'}
        </button>
      </div>
      {isPending || (data === null && ensure.isFetching) ? (
        <div aria-busy="true" aria-label="Loading recommendations" className="stack-tight">
          <Skeleton />
          <Skeleton />
        </div>
      ) : error || ensure.error ? (
        <p className="form-error">{errorMessage(error ?? ensure.error, 'Recommendations are unavailable.')}</p>
      ) : !data?.people.length ? (
        <p className="muted small">No suggestions yet. Post with tags and follow a few people to get some.</p>
      ) : (
        <ul className="stack-tight" aria-label="Suggested people">
          {data.people.map((p) => (
            <li key={p.uid} className="suggestion">
              <div>
                <Link to={`/u/${p.uid}`}>{p.displayName}</Link>
                <div className="muted small">{p.reason}</div>
              </div>
              <FollowButton me={uid} other={p.uid} name={p.displayName} />
            </li>
          ))}
        </ul>
      )}
      {data?.rooms.length ? (
        <>
          <h3>Rooms for you</h3>
          <ul className="stack-tight" aria-label="Suggested rooms">
            {data.rooms.map((r) => (
              <li key={r.id}>
                <Link to={`/chat/${r.id}`}>{r.name}</Link>
                <div className="muted small">{r.reason}</div>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {data?.courses.length ? (
        <>
          <h3>Courses for you</h3>
          <ul className="stack-tight" aria-label="Suggested courses">
            {data.courses.map((c) => (
              <li key={c.id}>
                <Link to={`/learn/${c.id}`}>{c.title}</Link>
                <div className="muted small">{c.reason}</div>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </aside>
  );
}
