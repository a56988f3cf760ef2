import { useState } from 'react';
import { Link } from 'react-router';
import { toast } from 'sonner';
import { errorMessage } from '../../lib/errors';
import { PresenceDot } from '../presence/PresenceDot';
import { Avatar } from '../profile/Avatar';
import { useNewestProfiles, useProfile } from '../profile/queries';
import { chatApi } from './queries';

export function MemberPanel({
  roomId,
  memberIds,
  canInvite,
}: {
  roomId: string;
  memberIds: string[];
  canInvite: boolean;
}) {
  return (
    <aside className="member-panel" aria-label="Members">
      <h3>Members ({memberIds.length})</h3>
      <ul>
        {memberIds.map((uid) => (
          <MemberRow key={uid} uid={uid} />
        ))}
      </ul>
      {canInvite ? <InviteForm roomId={roomId} memberIds={memberIds} /> : null}
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

/** Private rooms grow by invitation: any member may add people. */
function InviteForm({ roomId, memberIds }: { roomId: string; memberIds: string[] }) {
  const people = useNewestProfiles(50);
  const [choice, setChoice] = useState('');
  const candidates = (people.data ?? []).filter((p) => !memberIds.includes(p.uid) && !p.banned);
  if (!candidates.length) return null;

  async function invite() {
    if (!choice) return;
    try {
      await (await chatApi()).inviteToRoom(roomId, [choice]);
      toast.success('Invited.');
      setChoice('');
    } catch (error) {
      toast.error(errorMessage(error, 'Could not invite.'));
    }
  }

  return (
    <div className="stack-tight invite-form">
      <label htmlFor={`invite-${roomId}`}>Invite someone</label>
      <select id={`invite-${roomId}`} value={choice} onChange={(e) => setChoice(e.target.value)}>
        <option value="">Choose a member…</option>
        {candidates.map((p) => (
          <option key={p.uid} value={p.uid}>
            {p.displayName}
          </option>
        ))}
      </select>
      <button type="button" className="btn btn-small btn-primary" disabled={!choice} onClick={invite}>
        Invite
      </button>
    </div>
  );
}
