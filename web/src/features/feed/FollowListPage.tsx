import { Link, useParams } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { PageSkeleton } from '../../components/Skeleton';
import { errorMessage } from '../../lib/errors';
import { useSession } from '../auth/authStore';
import { ActorName } from '../notifications/ActorName';
import { useProfile } from '../profile/queries';
import { FollowButton } from './FollowButton';
import { useFollowList } from './queries';
import './feed.css';

/** /u/:uid/followers and /u/:uid/following */
export default function FollowListPage({ which }: { which: 'followers' | 'following' }) {
  const { uid = '' } = useParams();
  const { user } = useSession();
  const { data: profile } = useProfile(uid);
  const { data, isPending, error } = useFollowList(uid, which);
  if (isPending) return <PageSkeleton label={`Loading ${which}`} />;
  const title = `${profile?.displayName ?? '…'} · ${which === 'followers' ? 'Followers' : 'Following'}`;
  return (
    <section className="page stack" aria-labelledby="follow-list-title">
      <Link to={`/u/${uid}`}>← Profile</Link>
      <h1 id="follow-list-title">{title}</h1>
      {error ? (
        <p className="form-error">{errorMessage(error)}</p>
      ) : !data?.length ? (
        <EmptyState title={which === 'followers' ? 'No followers yet' : 'Not following anyone yet'} icon="👥" />
      ) : (
        <ul className="stack-tight" aria-label={which}>
          {data.map((id) => (
            <li key={id} className="suggestion card">
              <Link to={`/u/${id}`}>
                <ActorName uid={id}>{(name) => name}</ActorName>
              </Link>
              {user && user.uid !== id ? <FollowButton me={user.uid} other={id} name="" /> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
