import { CHAT_LIMITS } from '@aether/common/chat/limits';
import { findMentions, mentionQueryAt } from '@aether/common/chat/mentions';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { toast } from 'sonner';
import { errorMessage } from '../../lib/errors';
import { chatApi } from './queries';
import type { Message } from './types';

interface Props {
  roomId: string;
  me: string;
  members: { uid: string; displayName: string }[];
  replyTo: Message | null;
  replyAuthor: string;
  onCancelReply: () => void;
}

const TYPING_REFRESH_MS = 3000;

export function Composer({ roomId, me, members, replyTo, replyAuthor, onCancelReply }: Props) {
  const [text, setText] = useState('');
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLTextAreaElement>(null);
  const lastTyping = useRef(0);
  const listId = useId();

  const mention = mentionQueryAt(text, caret);
  const suggestions = mention
    ? members
        .filter((m) => m.uid !== me && m.displayName.toLowerCase().startsWith(mention.query.toLowerCase()))
        .slice(0, 6)
    : [];
  const over = text.length > CHAT_LIMITS.messageMax;

  useEffect(() => {
    if (replyTo) input.current?.focus();
  }, [replyTo]);

  // Typing ends when the composer goes away.
  useEffect(
    () => () => {
      if (lastTyping.current) chatApi().then((m) => m.setTyping(roomId, me, false).catch(() => undefined));
    },
    [roomId, me],
  );

  function signalTyping(value: string) {
    const now = Date.now();
    if (value && now - lastTyping.current > TYPING_REFRESH_MS) {
      lastTyping.current = now;
      chatApi().then((m) => m.setTyping(roomId, me, true).catch(() => undefined));
    }
  }

  function insertMention(displayName: string) {
    if (!mention) return;
    const next = `${text.slice(0, mention.start)}@${displayName} ${text.slice(caret)}`;
    const nextCaret = mention.start + displayName.length + 2;
    setText(next);
    setCaret(nextCaret);
    requestAnimationFrame(() => input.current?.setSelectionRange(nextCaret, nextCaret));
  }

  function send() {
    const body = text.trim();
    if (!body || over) return;
    const reply = replyTo
      ? { messageId: replyTo.id, authorId: replyTo.authorId, excerpt: replyTo.text.slice(0, 200) }
      : null;
    setText('');
    onCancelReply();
    lastTyping.current = 0;
    chatApi()
      .then(async (m) => {
        m.setTyping(roomId, me, false).catch(() => undefined);
        await m.sendMessage(roomId, me, { text: body, replyTo: reply, mentions: findMentions(body, members) });
      })
      .catch((error: unknown) => {
        const code = (error as { code?: string }).code;
        toast.error(
          code === 'permission-denied'
            ? 'Message not sent: you are sending too fast, or you are no longer in this room.'
            : errorMessage(error, 'Message not sent.'),
        );
        setText((current) => current || body); // give the text back so nothing is lost
      });
  }

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (suggestions.length) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        setActive((i) => (i + (e.key === 'ArrowDown' ? 1 : suggestions.length - 1)) % suggestions.length);
        return;
      }
      if (e.key === 'Enter' || e.key === 'Tab') {
        e.preventDefault();
        insertMention(suggestions[Math.min(active, suggestions.length - 1)]!.displayName);
        return;
      }
    }
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      send();
    }
    if (e.key === 'Escape' && replyTo) onCancelReply();
  }

  return (
    <div className="composer">
      {replyTo ? (
        <div className="reply-preview">
          <span>
            Replying to <strong>{replyAuthor}</strong>: <span className="muted">{replyTo.text.slice(0, 80)}</span>
          </span>
          <button type="button" className="btn btn-small btn-ghost" onClick={onCancelReply} aria-label="Cancel reply">
            ✕
          </button>
        </div>
      ) : null}
      {suggestions.length ? (
        <ul id={listId} className="mention-list" role="listbox" aria-label="Mention someone">
          {suggestions.map((m, i) => (
            <li
              key={m.uid}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                insertMention(m.displayName);
              }}
            >
              @{m.displayName}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="composer-row">
        <label htmlFor={`${listId}-input`} className="visually-hidden">
          Message
        </label>
        <textarea
          id={`${listId}-input`}
          ref={input}
          rows={1}
          value={text}
          placeholder="Write a message… (Enter to send, Shift+Enter for a new line)"
          aria-autocomplete="list"
          aria-controls={suggestions.length ? listId : undefined}
          aria-invalid={over || undefined}
          onChange={(e) => {
            setText(e.target.value);
            setCaret(e.target.selectionStart);
            setActive(0);
            signalTyping(e.target.value);
          }}
          onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
          onKeyDown={onKeyDown}
        />
        <button type="button" className="btn btn-primary" onClick={send} disabled={!text.trim() || over}>
          Send
        </button>
      </div>
      {text.length > CHAT_LIMITS.messageMax - 500 ? (
        <p className={over ? 'field-error' : 'field-hint'} role={over ? 'alert' : undefined}>
          {text.length}/{CHAT_LIMITS.messageMax}
        </p>
      ) : null}
    </div>
  );
}
