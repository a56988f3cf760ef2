import { useState } from 'react';
import { toast } from 'sonner';
import { errorMessage } from '../../lib/errors';
import { Avatar } from '../profile/Avatar';
import { useProfile } from '../profile/queries';
import { reactionSummary, toggleEmoji } from './grouping';
import { chatApi } from './queries';
import { RichText } from './RichText';
import type { Message } from './types';
import { ReportButton } from '../moderation/ReportButton';

export const QUICK_REACTIONS = ['👍', '❤️', '😂', '🎉', '🤔', '👀'];
const time = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

interface Props {
  roomId: string;
  message: Message;
  me: string;
  showHeader: boolean;
  mentionNames: string[];
  seen: boolean;
  onReply: (message: Message) => void;
}

export function MessageItem({ roomId, message, me, showHeader, mentionNames, seen, onReply }: Props) {
  const { data: author } = useProfile(message.authorId);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(message.text);
  const [picking, setPicking] = useState(false);
  const mine = message.authorId === me;
  const hiddenStatus =
    message.moderation?.status === 'flagged' || message.moderation?.status === 'removed'
      ? message.moderation.status
      : null;
  const name = author?.displayName ?? '…';

  const run = (action: (m: Awaited<ReturnType<typeof chatApi>>) => Promise<void>) =>
    chatApi()
      .then(action)
      .catch((error: unknown) => toast.error(errorMessage(error, 'That did not work. Try again.')));

  function react(emoji: string) {
    setPicking(false);
    run((m) => m.setMyReactions(roomId, message.id, me, toggleEmoji(message.reactions[me], emoji)));
  }

  function saveEdit() {
    const text = draft.trim();
    setEditing(false);
    if (text && text !== message.text) run((m) => m.editMessage(roomId, message.id, text));
  }

  return (
    <li
      className={`message${showHeader ? ' message-first' : ''}${message.pending ? ' message-pending' : ''}${hiddenStatus ? ' message-flagged' : ''}`}
      data-message-id={message.id}
    >
      <div className="message-gutter">
        {showHeader ? (
          <Avatar name={name} photoURL={author?.photoURL ?? null} seed={message.authorId} size={36} />
        ) : null}
      </div>
      <div className="message-main">
        {showHeader ? (
          <div className="message-head">
            <strong>{name}</strong>
            <time
              className="muted"
              dateTime={message.createdAt ? new Date(message.createdAt).toISOString() : undefined}
            >
              {message.createdAt ? time.format(message.createdAt) : ''}
            </time>
          </div>
        ) : null}
        {message.replyTo && !message.deleted ? (
          <blockquote className="reply-quote">
            <ReplyAuthor uid={message.replyTo.authorId} />: {message.replyTo.excerpt}
          </blockquote>
        ) : null}
        {message.deleted ? (
          <p className="message-text muted">
            <em>This message was deleted.</em>
          </p>
        ) : editing ? (
          <div className="message-edit">
            <label className="visually-hidden" htmlFor={`edit-${message.id}`}>
              Edit message
            </label>
            <textarea
              id={`edit-${message.id}`}
              value={draft}
              rows={2}
              maxLength={4000}
              autoFocus
              onChange={(e) => setDraft(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && !e.shiftKey) {
                  e.preventDefault();
                  saveEdit();
                }
                if (e.key === 'Escape') setEditing(false);
              }}
            />
            <div className="row">
              <button type="button" className="btn btn-small btn-primary" onClick={saveEdit}>
                Save
              </button>
              <button type="button" className="btn btn-small btn-ghost" onClick={() => setEditing(false)}>
                Cancel
              </button>
            </div>
          </div>
        ) : (
          <div className="message-text">
            <RichText text={message.text} mentionNames={mentionNames} />
            {message.editedAt ? <span className="muted edited"> (edited)</span> : null}
          </div>
        )}
        {hiddenStatus && !message.deleted ? (
          <ModerationNote status={hiddenStatus} reason={message.moderation!.reason} />
        ) : null}
        {message.pending ? (
          <span className="muted message-status" role="status">
            Sending…
          </span>
        ) : seen ? (
          <span className="muted message-status">Seen</span>
        ) : null}
        <ReactionBar message={message} me={me} onToggle={react} />
      </div>
      {!message.deleted && !editing ? (
        <div className="message-actions" role="toolbar" aria-label={`Actions for message from ${name}`}>
          <button
            type="button"
            className="btn btn-small btn-ghost"
            aria-label="Add reaction"
            aria-expanded={picking}
            onClick={() => setPicking((v) => !v)}
          >
            😊
          </button>
          <button type="button" className="btn btn-small btn-ghost" onClick={() => onReply(message)}>
            Reply
          </button>
          {mine ? (
            <>
              <button
                type="button"
                className="btn btn-small btn-ghost"
                onClick={() => {
                  setDraft(message.text);
                  setEditing(true);
                }}
              >
                Edit
              </button>
              <button
                type="button"
                className="btn btn-small btn-ghost"
                onClick={() => {
                  if (window.confirm('Delete this message?')) run((m) => m.deleteMessage(roomId, message.id));
                }}
              >
                Delete
              </button>
            </>
          ) : (
            <ReportButton kind="message" path={`rooms/${roomId}/messages/${message.id}`} label="Report" />
          )}
          {picking ? (
            <div className="emoji-picker" role="group" aria-label="Pick a reaction">
              {QUICK_REACTIONS.map((emoji) => (
                <button
                  key={emoji}
                  type="button"
                  className="btn btn-small btn-ghost"
                  aria-label={`React with ${emoji}`}
                  onClick={() => react(emoji)}
                >
                  {emoji}
                </button>
              ))}
            </div>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

/** Shown only to the author (others never receive the message): why it is hidden. */
function ModerationNote({ status, reason }: { status: 'flagged' | 'removed'; reason: string | null }) {
  return (
    <p className="moderation-note" role="note">
      <span className="badge badge-review">{status === 'flagged' ? 'Under review' : 'Removed'}</span>{' '}
      {reason ? `${reason}. ` : ''}
      <span className="muted">
        {status === 'flagged'
          ? 'Only you can see this message until a moderator reviews it.'
          : 'A moderator removed this message; only you can see it.'}
      </span>
    </p>
  );
}

function ReplyAuthor({ uid }: { uid: string }) {
  const { data } = useProfile(uid);
  return <strong>{data?.displayName ?? '…'}</strong>;
}

function ReactionBar({ message, me, onToggle }: { message: Message; me: string; onToggle: (emoji: string) => void }) {
  const summary = reactionSummary(message.reactions);
  if (!summary.length) return null;
  return (
    <div className="reactions">
      {summary.map(({ emoji, uids }) => (
        <button
          key={emoji}
          type="button"
          className={`reaction${uids.includes(me) ? ' reaction-mine' : ''}`}
          aria-pressed={uids.includes(me)}
          aria-label={`${emoji} ${uids.length}`}
          onClick={() => onToggle(emoji)}
        >
          {emoji} {uids.length}
        </button>
      ))}
    </div>
  );
}
