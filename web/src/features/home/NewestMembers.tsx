import { Link } from 'react-router';
import { Skeleton } from '../../components/Skeleton';
import { errorMessage } from '../../lib/errors';
import { Avatar } from '../profile/Avatar';
import { useNewestProfiles } from '../profile/queries';

export function NewestMembers() {
  const { data, isPending, error } = useNewestProfiles(8);
  return (
    <section className="card stack" aria-labelledby="newest-title" aria-busy={isPending}>
      <h2 id="newest-title">Newest members</h2>
      {isPending ? (
        <div className="member-row">
          {Array.from({ length: 5 }, (_, i) => (
            <Skeleton key={i} width="48px" height="48px" radius="50%" />
          ))}
        </div>
      ) : error ? (
        <p className="form-error">{errorMessage(error)}</p>
      ) : !data || data.length === 0 ? (
        <p className="muted">Nobody here yet. Invite a friend!</p>
      ) : (
        <ul className="member-row">
          {data.map((p) => (
            <li key={p.uid}>
              <Link to={`/u/${p.uid}`} className="member-chip">
                <Avatar name={p.displayName} photoURL={p.photoURL} seed={p.uid} size={48} />
                <span>{p.displayName}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
