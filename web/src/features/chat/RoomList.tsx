import { Link, NavLink } from 'react-router';
import { Skeleton } from '../../components/Skeleton';
import { errorMessage } from '../../lib/errors';
import { PresenceDot } from '../presence/PresenceDot';
import { useProfile } from '../profile/queries';
import { useMyRooms, usePublicRooms, useUnreadCount } from './queries';
import type { Room } from './types';

export function RoomList({ me, onCreate }: { me: string; onCreate: () => void }) {
  const mine = useMyRooms(me);
  const publicRooms = usePublicRooms();
  const discover = (publicRooms.data ?? []).filter((r) => !r.memberIds.includes(me));

  return (
    <nav className="room-list" aria-label="Rooms">
      <div className="row room-list-head">
        <h2>Rooms</h2>
        <button type="button" className="btn btn-small btn-primary" onClick={onCreate}>
          New room
        </button>
      </div>
      {mine.isPending ? (
        <div className="stack-tight" aria-busy="true">
          {[1, 2, 3].map((i) => (
            <Skeleton key={i} height="2.75rem" />
          ))}
        </div>
      ) : mine.error ? (
        <p className="form-error">{errorMessage(mine.error)}</p>
      ) : !mine.data?.length ? (
        <p className="muted">You are not in any room yet. Join one below or start a new one.</p>
      ) : (
        <ul>
          {mine.data.map((room) => (
            <li key={room.id}>
              <RoomLink room={room} me={me} />
            </li>
          ))}
        </ul>
      )}
      {discover.length ? (
        <>
          <h3>Discover</h3>
          <ul>
            {discover.map((room) => (
              <li key={room.id}>
                <Link to={`/chat/${room.id}`} className="room-link">
                  <span className="room-name"># {room.name}</span>
                  <span className="muted room-preview">
                    {room.memberIds.length} member{room.memberIds.length === 1 ? '' : 's'}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </nav>
  );
}

function RoomLink({ room, me }: { room: Room; me: string }) {
  const other = room.type === 'dm' ? room.memberIds.find((id) => id !== me) : undefined;
  const unread = useUnreadCount(room.id, me, room.lastMessageAt);
  const count = unread.data ?? 0;
  return (
    <NavLink to={`/chat/${room.id}`} className="room-link">
      <span className="room-name">
        {other ? <DmName uid={other} /> : `${room.type === 'private' ? '🔒' : '#'} ${room.name}`}
      </span>
      <span className="muted room-preview">{room.lastMessage?.text ?? room.topic}</span>
      {count > 0 ? (
        <span className="count-badge room-unread" aria-label={`${count} unread`}>
          {count > 99 ? '99+' : count}
        </span>
      ) : null}
    </NavLink>
  );
}

function DmName({ uid }: { uid: string }) {
  const { data } = useProfile(uid);
  return (
    <>
      <PresenceDot uid={uid} /> {data?.displayName ?? '…'}
    </>
  );
}
