import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { toast } from 'sonner';
import { EmptyState } from '../../components/EmptyState';
import { PageSkeleton } from '../../components/Skeleton';
import { errorMessage } from '../../lib/errors';
import { PresenceDot } from '../presence/PresenceDot';
import { presenceRoom } from '../presence/presenceRoom';
import { useProfile } from '../profile/queries';
import { Composer } from './Composer';
import { MemberPanel } from './MemberPanel';
import { MessageList } from './MessageList';
import { chatApi, useLatestMessages, useMemberStates, useRoom } from './queries';
import { TypingIndicator } from './TypingIndicator';
import type { Message } from './types';
import { useRoomMemberNames } from './useRoomMemberNames';

export function RoomView({ roomId, me }: { roomId: string; me: string }) {
  const navigate = useNavigate();
  const room = useRoom(roomId);
  const isMember = room.data?.memberIds.includes(me) ?? false;
  const latest = useLatestMessages(roomId, me, Boolean(room.data));
  const memberStates = useMemberStates(roomId, isMember);
  const members = useRoomMemberNames(room.data?.memberIds ?? []);
  const [replyTo, setReplyTo] = useState<Message | null>(null);
  const [showMembers, setShowMembers] = useState(false);
  const other = room.data?.type === 'dm' ? room.data.memberIds.find((id) => id !== me) : undefined;
  const otherProfile = useProfile(other);
  const replyAuthor = members.find((m) => m.uid === replyTo?.authorId)?.displayName ?? '…';

  useEffect(() => {
    presenceRoom.current = roomId;
    return () => {
      presenceRoom.current = null;
    };
  }, [roomId]);

  // Reading the newest message moves my read marker (for unread counts and "Seen" in DMs).
  const newest = latest.data?.at(-1);
  const myReadAt = memberStates.data?.find((m) => m.uid === me)?.lastReadAt ?? null;
  useEffect(() => {
    if (!isMember || !newest?.createdAt || newest.pending) return;
    if (myReadAt !== null && myReadAt >= newest.createdAt) return;
    if (document.visibilityState !== 'visible') return;
    chatApi().then((m) => m.markRoomRead(roomId, me).catch(() => undefined));
  }, [isMember, newest?.createdAt, newest?.pending, myReadAt, roomId, me]);

  if (room.isPending) return <PageSkeleton label="Loading room" />;
  if (room.error || !room.data) {
    return (
      <EmptyState title={room.error ? 'This room is private' : 'Room not found'} icon="🔒">
        <p>{room.error ? 'Only its members can see it.' : 'It may have been removed, or the link is wrong.'}</p>
        <Link to="/chat">Back to rooms</Link>
      </EmptyState>
    );
  }
  const data = room.data;
  const title = data.type === 'dm' ? (otherProfile.data?.displayName ?? '…') : data.name;

  async function act(action: 'join' | 'leave') {
    try {
      const m = await chatApi();
      if (action === 'join') await m.joinRoom(roomId, me);
      else {
        await m.leaveRoom(roomId, me);
        navigate('/chat');
      }
    } catch (error) {
      toast.error(errorMessage(error));
    }
  }

  return (
    <section className="room-view" aria-labelledby="room-title">
      <header className="room-head">
        <Link to="/chat" className="btn btn-ghost btn-small room-back" aria-label="Back to rooms">
          ←
        </Link>
        <div className="room-title">
          <h1 id="room-title">
            {data.type === 'dm' ? '' : data.type === 'private' ? '🔒 ' : '# '}
            {title}
          </h1>
          {other ? <PresenceDot uid={other} withLabel /> : data.topic ? <p className="muted">{data.topic}</p> : null}
        </div>
        <div className="row">
          {data.type !== 'dm' ? (
            <button
              type="button"
              className="btn btn-small btn-outline"
              aria-expanded={showMembers}
              onClick={() => setShowMembers((v) => !v)}
            >
              Members ({data.memberIds.length})
            </button>
          ) : null}
          {isMember && data.type !== 'dm' ? (
            <button type="button" className="btn btn-small btn-ghost" onClick={() => act('leave')}>
              Leave
            </button>
          ) : null}
        </div>
      </header>
      <div className="room-body">
        <div className="room-main">
          <MessageList
            roomId={roomId}
            me={me}
            latest={latest.data}
            loading={latest.isPending}
            error={latest.error}
            mentionNames={members.map((m) => m.displayName)}
            otherReadAt={other ? (memberStates.data?.find((m) => m.uid === other)?.lastReadAt ?? null) : null}
            onReply={setReplyTo}
          />
          {isMember ? (
            <>
              <TypingIndicator roomId={roomId} me={me} />
              <Composer
                roomId={roomId}
                me={me}
                members={members}
                replyTo={replyTo}
                replyAuthor={replyAuthor}
                onCancelReply={() => setReplyTo(null)}
              />
            </>
          ) : (
            <div className="join-bar">
              <span>You are previewing #{data.name}.</span>
              <button type="button" className="btn btn-primary" onClick={() => act('join')}>
                Join room
              </button>
            </div>
          )}
        </div>
        {showMembers ? (
          <MemberPanel roomId={roomId} memberIds={data.memberIds} canInvite={isMember && data.type === 'private'} />
        ) : null}
      </div>
    </section>
  );
}
