import { Link } from 'react-router';
import { PresenceDot } from '../presence/PresenceDot';
import { Avatar } from '../profile/Avatar';
import { useProfile } from '../profile/queries';

export function MemberPanel({ memberIds }: { memberIds: string[] }) {
  return (
    <aside className="member-panel" aria-label="Members">
      <h3>Members ({memberIds.length})</h3>
      <ul>
        {memberIds.map((uid) => (
          <MemberRow key={uid} uid={uid} />
        ))}
      </ul>
    </aside>
  );
}

function MemberRow({ uid }: { uid: string }) {
  const { data } = useProfile(uid);
  const name = data?.displayName ?? '…';
  return (
    <li>
      <Link to={`/u/${uid}`} className="member-inline">
        <Avatar name={name} photoURL={data?.photoURL ?? null} seed={uid} size={28} />
        <span>{name}</span>
        <PresenceDot uid={uid} withLabel />
      </Link>
    </li>
  );
}
