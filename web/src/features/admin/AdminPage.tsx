import type { UserProfile } from '@aether/common';
import { useState } from 'react';
import { Link } from 'react-router';
import { toast } from 'sonner';
import { PageSkeleton } from '../../components/Skeleton';
import { errorMessage } from '../../lib/errors';
import { useSession } from '../auth/authStore';
import { Avatar } from '../profile/Avatar';
import { useNewestProfiles } from '../profile/queries';
import { setUserRoles } from './api';
import './admin.css';
import { AnalyticsDashboard } from './dashboard/AnalyticsDashboard';
import { UserManagement } from './UserManagement';

export default function AdminPage() {
  const { data, isPending, error } = useNewestProfiles(50);
  return (
    <div className="page admin-page">
      <h1>Admin</h1>
      <p className="muted">Product analytics, user management and the newest members.</p>
      <AnalyticsDashboard />
      <UserManagement />
      <section className="card" aria-labelledby="members-title">
        <h2 id="members-title">Newest members</h2>
        {error ? <p className="form-error">{errorMessage(error)}</p> : null}
        {isPending ? (
          <PageSkeleton label="Loading members" />
        ) : (
          <ul className="admin-members">
            {data?.map((profile) => (
              <MemberRow key={profile.uid} profile={profile} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function MemberRow({ profile }: { profile: UserProfile }) {
  const { user } = useSession();
  const [busy, setBusy] = useState(false);
  const isSelf = user?.uid === profile.uid;

  async function change(input: { moderator?: boolean; admin?: boolean; banned?: boolean }, done: string) {
    setBusy(true);
    try {
      await setUserRoles({ uid: profile.uid, ...input });
      toast.success(done);
    } catch (err) {
      toast.error(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="admin-member">
      <Link to={`/u/${profile.uid}`} className="member-inline">
        <Avatar name={profile.displayName} photoURL={profile.photoURL} seed={profile.uid} size={36} />
        <span>{profile.displayName}</span>
        {profile.banned ? <span className="badge badge-danger">Suspended</span> : null}
      </Link>
      <div className="row">
        <button
          type="button"
          className="btn btn-small btn-outline"
          disabled={busy}
          onClick={() => change({ moderator: true }, `${profile.displayName} is now a moderator.`)}
        >
          Make moderator
        </button>
        <button
          type="button"
          className="btn btn-small btn-danger"
          disabled={busy || isSelf}
          onClick={() =>
            change({ banned: !profile.banned }, profile.banned ? 'Account restored.' : 'Account suspended.')
          }
        >
          {profile.banned ? 'Unban' : 'Ban'}
        </button>
      </div>
    </li>
  );
}
