import { newRoomSchema, type NewRoom } from '@aether/common';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { toast } from 'sonner';
import { TextField } from '../../components/Field';
import { errorMessage } from '../../lib/errors';
import { useNewestProfiles } from '../profile/queries';
import { chatApi } from './queries';

export function CreateRoomForm({ me, onDone }: { me: string; onDone: () => void }) {
  const navigate = useNavigate();
  const [room, setRoom] = useState<NewRoom>({ name: '', topic: '', type: 'public' });
  const [invitees, setInvitees] = useState<string[]>([]);
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const people = useNewestProfiles(50);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = newRoomSchema.safeParse(room);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message);
    setSaving(true);
    try {
      const id = await (await chatApi()).createRoom(me, parsed.data, parsed.data.type === 'private' ? invitees : []);
      toast.success(`Room "${parsed.data.name}" created.`);
      onDone();
      navigate(`/chat/${id}`);
    } catch (err) {
      toast.error(errorMessage(err, 'Could not create the room.'));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="card stack create-room" onSubmit={submit} aria-labelledby="create-room-title" noValidate>
      <h2 id="create-room-title">New room</h2>
      <TextField
        label="Name"
        value={room.name}
        maxLength={60}
        error={error}
        onChange={(e) => setRoom({ ...room, name: e.target.value })}
        required
      />
      <TextField
        label="Topic (optional)"
        value={room.topic}
        maxLength={200}
        onChange={(e) => setRoom({ ...room, topic: e.target.value })}
      />
      <fieldset className="stack-tight">
        <legend>Who can join</legend>
        <label className="choice">
          <input
            type="radio"
            name="type"
            checked={room.type === 'public'}
            onChange={() => setRoom({ ...room, type: 'public' })}
          />
          Public: anyone can find and join it
        </label>
        <label className="choice">
          <input
            type="radio"
            name="type"
            checked={room.type === 'private'}
            onChange={() => setRoom({ ...room, type: 'private' })}
          />
          Private: only people you invite
        </label>
      </fieldset>
      {room.type === 'private' ? (
        <fieldset className="stack-tight invitees">
          <legend>Invite members</legend>
          {(people.data ?? [])
            .filter((p) => p.uid !== me)
            .map((p) => (
              <label key={p.uid} className="choice">
                <input
                  type="checkbox"
                  checked={invitees.includes(p.uid)}
                  onChange={(e) =>
                    setInvitees((list) => (e.target.checked ? [...list, p.uid] : list.filter((id) => id !== p.uid)))
                  }
                />
                {p.displayName}
              </label>
            ))}
        </fieldset>
      ) : null}
      <div className="row">
        <button type="submit" className="btn btn-primary" disabled={saving}>
          {saving ? 'Creating…' : 'Create room'}
        </button>
        <button type="button" className="btn btn-ghost" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
