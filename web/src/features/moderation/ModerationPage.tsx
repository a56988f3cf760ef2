import { useState } from 'react';
import { Link } from 'react-router';
import { toast } from 'sonner';
import { EmptyState } from '../../components/EmptyState';
import { PageSkeleton } from '../../components/Skeleton';
import { errorMessage } from '../../lib/errors';
import { lazySubscribe, useLiveQuery } from '../../lib/liveQuery';
import { ActorName } from '../notifications/ActorName';
import type { QueueItem } from './api';
import '../feed/feed.css';

const linkFor = (item: QueueItem) => {
  const p = item.path.split('/');
  if (p[0] === 'posts') return `/posts/${p[1]}`;
  if (p[0] === 'rooms') return `/chat/${p[1]}`;
  return `/u/${p[1]}`;
};

/** /moderation: flagged and reported items; approve, remove or ban — each one audited by the callable. */
export default function ModerationPage() {
  const { data, isPending, error } = useLiveQuery<QueueItem[]>(
    ['moderation', 'queue', 'open'],
    lazySubscribe(() => import('./api').then((m) => m.subscribeToOpenQueue())),
  );
  if (isPending) return <PageSkeleton label="Loading the moderation queue" />;
  if (error) {
    return (
      <EmptyState title="The queue could not be loaded" icon="⚠️">
        <p>{errorMessage(error)}</p>
      </EmptyState>
    );
  }
  return (
    <section className="page stack" aria-labelledby="moderation-title">
      <h1 id="moderation-title">Moderation queue</h1>
      {!data?.length ? (
        <EmptyState title="Nothing to review" icon="✅">
          <p>Flagged and reported posts, comments, messages and profiles appear here.</p>
        </EmptyState>
      ) : (
        <ul className="queue-list" aria-label="Open items">
          {data.map((item) => (
            <QueueRow key={item.id} item={item} />
          ))}
        </ul>
      )}
    </section>
  );
}

function QueueRow({ item }: { item: QueueItem }) {
  const [busy, setBusy] = useState<string | null>(null);
  async function act(action: 'approve' | 'remove' | 'ban') {
    if (action === 'ban' && !window.confirm('Ban the author? They will no longer be able to sign in and write.'))
      return;
    setBusy(action);
    try {
      const { resolve } = await import('./api');
      await resolve({ queueId: item.id, action });
      toast.success(action === 'approve' ? 'Approved' : action === 'remove' ? 'Removed' : 'Removed and banned');
    } catch (error) {
      toast.error(errorMessage(error, 'That did not work.'));
      setBusy(null);
    }
  }
  return (
    <li className="card queue-item" aria-label={`${item.kind} by author`}>
      <div className="row">
        <span className="badge">{item.kind}</span>
        {item.sources.includes('classifier') ? <span className="badge badge-review">flagged</span> : null}
        {item.reportCount ? <span className="badge badge-danger">{item.reportCount} report(s)</span> : null}
        <span className="muted">
          by <ActorName uid={item.authorId}>{(name) => name}</ActorName>
        </span>
      </div>
      <blockquote className="queue-excerpt">{item.excerpt || '(no text)'}</blockquote>
      {item.reasons.length ? (
        <ul className="muted queue-reasons">
          {item.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      ) : null}
      <div className="row">
        <Link to={linkFor(item)}>Open</Link>
        <button
          type="button"
          className="btn btn-outline btn-small"
          disabled={busy !== null}
          onClick={() => act('approve')}
        >
          {busy === 'approve' ? 'Approving…' : 'Approve'}
        </button>
        {item.kind !== 'user' ? (
          <button
            type="button"
            className="btn btn-danger btn-small"
            disabled={busy !== null}
            onClick={() => act('remove')}
          >
            {busy === 'remove' ? 'Removing…' : 'Remove'}
          </button>
        ) : null}
        <button type="button" className="btn btn-danger btn-small" disabled={busy !== null} onClick={() => act('ban')}>
          {busy === 'ban' ? 'Banning…' : 'Ban author'}
        </button>
      </div>
    </li>
  );
}
