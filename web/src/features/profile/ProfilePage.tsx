import { Link, useParams } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { PageSkeleton } from '../../components/Skeleton';
import { errorMessage } from '../../lib/errors';
import { useSession } from '../auth/authStore';
import { MessageButton } from '../chat/MessageButton';
import { FollowButton } from '../feed/FollowButton';
import { ProfileSocial } from '../feed/ProfileSocial';
import { ReportButton } from '../moderation/ReportButton';
import { PresenceDot } from '../presence/PresenceDot';
import { Avatar } from './Avatar';
import { useProfile } from './queries';

const joined = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric' });

export default function ProfilePage() {
  const { uid } = useParams();
  const { user } = useSession();
  const { data: profile, isPending, error } = useProfile(uid);

  if (isPending) return <PageSkeleton label="Loading profile" />;
  if (error) {
    return (
      <EmptyState title="This profile is not available" icon="🔒">
        <p>{errorMessage(error, 'It may be private, or the link is wrong.')}</p>
        {!user ? <Link to="/signin">Sign in to see more</Link> : null}
      </EmptyState>
    );
  }
  if (!profile) {
    return (
      <EmptyState title="No such member" icon="🔭">
        <p>We could not find this profile.</p>
      </EmptyState>
    );
  }

  const isOwn = user?.uid === profile.uid;
  return (
    <article className="page profile-page" aria-labelledby="profile-name">
      <header className="profile-header">
        <Avatar name={profile.displayName} photoURL={profile.photoURL} seed={profile.uid} size={96} />
        <div>
          <h1 id="profile-name">{profile.displayName}</h1>
          <p className="muted">
            {profile.createdAt ? `Joined ${joined.format(profile.createdAt)}` : 'New member'}
            {profile.isPrivate ? ' · Private profile' : ''}
          </p>
          {user ? <PresenceDot uid={profile.uid} withLabel /> : null}
          {profile.banned ? <p className="badge badge-danger">Suspended</p> : null}
        </div>
        {isOwn ? (
          <Link to="/settings" className="btn btn-outline profile-edit">
            Edit profile
          </Link>
        ) : user && !profile.banned ? (
          <div className="profile-edit row">
            <FollowButton me={user.uid} other={profile.uid} name={profile.displayName} />
            <MessageButton me={user.uid} other={profile.uid} />
            <ReportButton kind="user" path={`users/${profile.uid}`} label="Report user" />
          </div>
        ) : null}
      </header>
      {profile.isPrivate && !isOwn ? (
        <p className="muted">This member keeps their profile private.</p>
      ) : (
        <>
          <p className="profile-bio">
            {profile.bioHidden && !isOwn
              ? 'This bio is hidden while a moderator reviews it.'
              : profile.bio || (isOwn ? 'Add a bio so people know who you are.' : 'No bio yet.')}
          </p>
          <dl className="profile-stats">
            <div>
              <dt>Followers</dt>
              <dd>
                {user ? <Link to={`/u/${profile.uid}/followers`}>{profile.followerCount}</Link> : profile.followerCount}
              </dd>
            </div>
            <div>
              <dt>Following</dt>
              <dd>
                {user ? (
                  <Link to={`/u/${profile.uid}/following`}>{profile.followingCount}</Link>
                ) : (
                  profile.followingCount
                )}
              </dd>
            </div>
          </dl>
        </>
      )}
      {user && !profile.banned ? <ProfileSocial uid={profile.uid} me={user.uid} isPrivate={profile.isPrivate} /> : null}
    </article>
  );
}
