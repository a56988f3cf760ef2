import { CHAT_LIMITS } from '@aether/common/chat/limits';
import { Fragment, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Skeleton } from '../../components/Skeleton';
import { errorMessage } from '../../lib/errors';
import { dayLabel, groupMessages, mergePages } from './grouping';
import { MessageItem } from './MessageItem';
import { chatApi } from './queries';
import type { MemberState, Message } from './types';

interface Props {
  roomId: string;
  me: string;
  latest: Message[] | undefined;
  loading: boolean;
  error: Error | null;
  mentionNames: string[];
  /** In DMs: the other member's read marker, for "Seen". */
  otherReadAt: MemberState['lastReadAt'];
  onReply: (message: Message) => void;
}

export function MessageList({ roomId, me, latest, loading, error, mentionNames, otherReadAt, onReply }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const sentinel = useRef<HTMLDivElement>(null);
  const [older, setOlder] = useState<Message[]>([]);
  const [historyState, setHistoryState] = useState<'idle' | 'loading' | 'done' | 'error'>('idle');
  const atBottom = useRef(true);
  const messages = mergePages(older, latest ?? []);
  const groups = groupMessages(messages);
  const lastSeenMine = otherReadAt
    ? [...messages].reverse().find((m) => m.authorId === me && m.createdAt !== null && m.createdAt <= otherReadAt)?.id
    : undefined;
  const noMoreHistory = historyState === 'done' || (latest !== undefined && latest.length < CHAT_LIMITS.pageSize);

  async function loadOlder() {
    const oldest = messages.find((m) => m.createdAt !== null);
    if (!oldest?.createdAt || historyState === 'loading' || noMoreHistory) return;
    const el = scroller.current;
    const fromBottom = el ? el.scrollHeight - el.scrollTop : 0;
    setHistoryState('loading');
    try {
      const page = await (await chatApi()).loadOlderMessages(roomId, me, oldest.createdAt);
      setOlder((current) => mergePages(page, current));
      setHistoryState(page.length < CHAT_LIMITS.pageSize ? 'done' : 'idle');
      // Keep the reader's place while history is added above.
      requestAnimationFrame(() => {
        if (el) el.scrollTop = el.scrollHeight - fromBottom;
      });
    } catch {
      setHistoryState('error');
    }
  }

  // Infinite scroll back: load a page when the top sentinel comes into view.
  useEffect(() => {
    const target = sentinel.current;
    if (!target || !latest?.length) return undefined;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) loadOlder();
    });
    observer.observe(target);
    return () => observer.disconnect();
  });

  // Stick to the newest message while the reader is at the bottom.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el && atBottom.current) el.scrollTop = el.scrollHeight;
  }, [latest]);

  if (loading) {
    return (
      <div className="message-scroller" aria-busy="true" aria-label="Loading messages">
        {Array.from({ length: 4 }, (_, i) => (
          <div key={i} className="row message-skeleton">
            <Skeleton width="36px" height="36px" radius="50%" />
            <Skeleton width={`${40 + i * 12}%`} height="2.5rem" />
          </div>
        ))}
      </div>
    );
  }
  if (error) return <p className="form-error message-scroller">{errorMessage(error, 'Could not load messages.')}</p>;

  return (
    <div
      ref={scroller}
      className="message-scroller"
      onScroll={(e) => {
        const el = e.currentTarget;
        atBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < 80;
      }}
    >
      <div ref={sentinel} className="history-sentinel">
        {historyState === 'loading' ? <span className="muted">Loading earlier messages…</span> : null}
        {historyState === 'error' ? (
          <button type="button" className="btn btn-small btn-outline" onClick={loadOlder}>
            Could not load history. Retry
          </button>
        ) : null}
        {noMoreHistory && messages.length ? (
          <span className="muted">This is the beginning of the conversation.</span>
        ) : null}
      </div>
      {!messages.length ? <p className="muted empty-room">No messages yet. Say hello 👋</p> : null}
      <ol className="messages" aria-label="Messages" aria-live="polite" aria-relevant="additions">
        {groups.map((group, index) => (
          <Fragment key={group.key}>
            {groups[index - 1]?.day !== group.day ? (
              <li className="day-separator" role="separator">
                <span>{dayLabel(group.messages[0]?.createdAt ?? null)}</span>
              </li>
            ) : null}
            {group.messages.map((message, i) => (
              <MessageItem
                key={message.id}
                roomId={roomId}
                message={message}
                me={me}
                showHeader={i === 0}
                mentionNames={mentionNames}
                seen={message.id === lastSeenMine}
                onReply={onReply}
              />
            ))}
          </Fragment>
        ))}
      </ol>
    </div>
  );
}
