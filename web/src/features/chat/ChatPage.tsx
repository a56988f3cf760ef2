import { useState } from 'react';
import { useParams } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { useSession } from '../auth/authStore';
import { CreateRoomForm } from './CreateRoomForm';
import { RoomList } from './RoomList';
import { RoomView } from './RoomView';

export default function ChatPage() {
  const { roomId } = useParams();
  const { user } = useSession();
  const [creating, setCreating] = useState(false);
  if (!user) return null;

  return (
    <div className={`chat-page${roomId || creating ? ' has-room' : ''}`}>
      <RoomList me={user.uid} onCreate={() => setCreating(true)} />
      <div className="chat-pane">
        {creating ? (
          <CreateRoomForm me={user.uid} onDone={() => setCreating(false)} />
        ) : roomId ? (
          <RoomView key={roomId} roomId={roomId} me={user.uid} />
        ) : (
          <EmptyState title="Pick a room" icon="💬">
            <p>Choose a room on the left, join a public one, or start a direct message from someone’s profile.</p>
          </EmptyState>
        )}
      </div>
    </div>
  );
}
