import type { UserSearchResult } from '@aether/common';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { toast } from 'sonner';
import { Spinner } from '../../components/Spinner';
import { errorMessage } from '../../lib/errors';
import { useUserSearch } from '../analytics/queries';
import { useSession } from '../auth/authStore';
import { setUserRoles } from './api';

type RoleChange = { moderator?: boolean; admin?: boolean; banned?: boolean };

function UserResult({ user, onChanged }: { user: UserSearchResult; onChanged: () => void }) {
  const { user: me } = useSession();
  const [busy, setBusy] = useState(false);
  const isSelf = me?.uid === user.uid;

  async function change(input: RoleChange, done: string) {
    setBusy(true);
    try {
      await setUserRoles({ uid: user.uid, ...input });
      toast.success(done);
      onChanged();
    } catch (err) {
      toast.error(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  const name = user.displayName;
  return (
    <li className="admin-member" data-uid={user.uid}>
      <div className="stack-tight">
        <Link to={`/u/${user.uid}`}>{name}</Link>
        <span className="muted">{user.email ?? 'no email'}</span>
        <span className="row">
          {user.admin ? <span className="badge">Admin</span> : null}
          {user.moderator ? <span className="badge">Moderator</span> : null}
          {user.banned ? <span className="badge badge-danger">Suspended</span> : null}
        </span>
      </div>
      <div className="row" role="group" aria-label={`Roles of ${name}`}>
        <button
          type="button"
          className="btn btn-small btn-outline"
          disabled={busy}
          aria-pressed={user.moderator}
          onClick={() =>
            change(
              { moderator: !user.moderator },
              user.moderator ? `${name} is no longer a moderator.` : `${name} is now a moderator.`,
            )
          }
        >
          {user.moderator ? 'Revoke moderator' : 'Grant moderator'}
        </button>
        <button
          type="button"
          className="btn btn-small btn-outline"
          disabled={busy || (isSelf && user.admin)}
          aria-pressed={user.admin}
          onClick={() =>
            change({ admin: !user.admin }, user.admin ? `${name} is no longer an admin.` : `${name} is now an admin.`)
          }
        >
          {user.admin ? 'Revoke admin' : 'Grant admin'}
        </button>
        <button
          type="button"
          className="btn btn-small btn-danger"
          disabled={busy || isSelf}
          onClick={() => change({ banned: !user.banned }, user.banned ? 'Account restored.' : 'Account suspended.')}
        >
          {user.banned ? 'Unban' : 'Ban'}
        </button>
      </div>
    </li>
  );
}

/** Search users by email, uid or name; grant or revoke roles and ban — each change is audited. */
export function UserManagement() {
  const [draft, setDraft] = useState('');
  const [query, setQuery] = useState<string | null>(null);
  const search = useUserSearch(query ? { query } : null);
  const queryClient = useQueryClient();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (draft.trim()) setQuery(draft.trim());
  }

  return (
    <section className="card" aria-labelledby="users-title">
      <h2 id="users-title">User management</h2>
      <p className="muted">Every change is recorded in the audit log.</p>
      <form className="row user-search" role="search" onSubmit={submit}>
        <label htmlFor="user-search" className="visually-hidden">
          Search users by name, email or user id
        </label>
        <input
          id="user-search"
          type="search"
          placeholder="Name, email or user id"
          value={draft}
          maxLength={100}
          onChange={(e) => setDraft(e.target.value)}
        />
        <button type="submit" className="btn btn-primary btn-small" disabled={!draft.trim()}>
          Search
        </button>
      </form>
      {search.isFetching ? <Spinner label="Searching" /> : null}
      {search.error ? (
        <p className="form-error" role="alert">
          {errorMessage(search.error)}
        </p>
      ) : null}
      {search.data && search.data.length === 0 ? <p className="muted">No users match “{query}”.</p> : null}
      {search.data?.length ? (
        <ul className="admin-members" aria-label="Search results">
          {search.data.map((user) => (
            <UserResult
              key={user.uid}
              user={user}
              onChanged={() => void queryClient.invalidateQueries({ queryKey: ['admin', 'users'] })}
            />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
