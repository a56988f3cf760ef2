import { Link } from 'react-router';
import { Avatar } from '../profile/Avatar';
import { useProfile } from '../profile/queries';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function AuthorLine({ uid, at, edited }: { uid: string; at: number | null; edited?: boolean }) {
  const { data: profile } = useProfile(uid);
  const name = profile?.displayName ?? '…';
  return (
    <div className="author-line">
      <Avatar name={name} photoURL={profile?.photoURL ?? null} seed={uid} size={36} />
      <div>
        <Link to={`/u/${uid}`} className="author-name">
          {name}
        </Link>
        <div className="muted small">
          {at ? <time dateTime={new Date(at).toISOString()}>{when.format(at)}</time> : 'Posting…'}
          {edited ? ' · edited' : ''}
        </div>
      </div>
    </div>
  );
}
