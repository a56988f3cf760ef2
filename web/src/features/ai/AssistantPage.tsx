import { AI_LIMITS, detectGenerationIntent, TYPE_LABELS } from '@aether/common';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { Spinner } from '../../components/Spinner';
import { RichText } from '../chat/RichText';
import { useSession } from '../auth/authStore';
import { AiTabs } from './AiTabs';
import { aiActions, useMyThreads, useThreadTurns } from './queries';
import { StatusChip } from './StatusChip';
import type { Generation } from './types';
import './ai.css';

function StudioOffer({ text }: { text: string }) {
  const intent = detectGenerationIntent(text);
  if (!intent) return null;
  const params = new URLSearchParams({ type: intent.type, prompt: intent.prompt });
  if (intent.language) params.set('language', intent.language);
  return (
    <p className="ai-offer">
      This looks like a {TYPE_LABELS[intent.type]} request.{' '}
      <Link className="btn btn-small btn-outline" to={`/studio?${params}`}>
        Open in studio
      </Link>
    </p>
  );
}

function Turn({ turn }: { turn: Generation }) {
  return (
    <li className="ai-turn">
      <div className="ai-bubble ai-user">
        <span className="visually-hidden">You: </span>
        {turn.prompt}
      </div>
      <StudioOffer text={turn.prompt} />
      <div className="ai-bubble ai-assistant" aria-busy={turn.status === 'streaming' || turn.status === 'queued'}>
        <span className="visually-hidden">Assistant: </span>
        <StatusChip generation={turn} />
        {turn.output ? (
          <RichText text={turn.output} mentionNames={[]} />
        ) : turn.status === 'queued' ? (
          <Spinner label="Thinking" />
        ) : null}
        {turn.status === 'error' && (
          <p className="form-error" role="alert">
            {turn.error}
          </p>
        )}
        {(turn.status === 'streaming' || turn.status === 'queued') && (
          <button className="btn btn-ghost btn-small" type="button" onClick={() => void aiActions.cancel(turn.id)}>
            Stop
          </button>
        )}
      </div>
    </li>
  );
}

/** Multi-turn conversations with streamed replies. /assistant/:threadId */
export default function AssistantPage() {
  const { user } = useSession();
  const { threadId } = useParams();
  const navigate = useNavigate();
  const threads = useMyThreads(user?.uid);
  const turns = useThreadTurns(user?.uid ?? '-', threadId);
  const [text, setText] = useState('');
  const end = useRef<HTMLDivElement>(null);
  const last = turns.data?.at(-1);
  // Braces matter: Chromium's scrollIntoView returns a promise, which React would call as a cleanup.
  useEffect(() => {
    end.current?.scrollIntoView({ block: 'end' });
  }, [last?.output.length, turns.data?.length]);
  if (!user) return null;
  const thread = threads.data?.find((t) => t.id === threadId);

  const send = async (event?: FormEvent) => {
    event?.preventDefault();
    const message = text.trim();
    if (!message) return;
    setText('');
    if (threadId) await aiActions.send(user.uid, threadId, thread?.title ?? 'Conversation', message);
    else navigate(`/assistant/${await aiActions.startThread(user.uid, message)}`);
  };
  const onKey = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey) void send(event);
  };

  return (
    <div className="page stack ai-page">
      <AiTabs />
      <h1>Assistant</h1>
      <div className={`ai-assistant-layout${threadId ? ' has-thread' : ''}`}>
        <nav className="card ai-threads" aria-label="Conversations">
          <Link className="btn btn-outline btn-small" to="/assistant">
            New conversation
          </Link>
          {threads.isPending && <Spinner label="Loading conversations" />}
          {threads.error && <p className="form-error">Could not load conversations.</p>}
          <ul>
            {threads.data?.map((t) => (
              <li key={t.id}>
                <Link to={`/assistant/${t.id}`} aria-current={t.id === threadId ? 'page' : undefined}>
                  {t.title}
                </Link>
              </li>
            ))}
          </ul>
          {threads.data?.length === 0 && <p className="muted">No conversations yet.</p>}
        </nav>
        <section className="card stack ai-conversation" aria-label={thread?.title ?? 'New conversation'}>
          {!threadId ? (
            <EmptyState title="Ask anything" icon="🤖">
              <p>Questions get answers here. Ask it to build something and it offers to open the studio.</p>
            </EmptyState>
          ) : turns.isPending ? (
            <Spinner label="Loading the conversation" />
          ) : (
            <ol className="ai-turns" aria-live="polite">
              {turns.data?.map((turn) => (
                <Turn key={turn.id} turn={turn} />
              ))}
            </ol>
          )}
          <div ref={end} />
          <form className="stack-tight" onSubmit={(e) => void send(e)}>
            <label htmlFor="ai-message">Message</label>
            <textarea
              id="ai-message"
              rows={2}
              value={text}
              maxLength={AI_LIMITS.promptMax}
              onChange={(e) => setText(e.target.value)}
              onKeyDown={onKey}
              placeholder="Ask a question, or: make me a CLI that…"
            />
            <StudioOffer text={text} />
            <div className="row">
              <button className="btn btn-primary" type="submit" disabled={!text.trim()}>
                Send
              </button>
            </div>
          </form>
        </section>
      </div>
    </div>
  );
}
