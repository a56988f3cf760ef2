import { SOCIAL_LIMITS } from '@aether/common/social/limits';
import { useState, type FormEvent } from 'react';
import { toast } from 'sonner';
import { EmptyState } from '../../components/EmptyState';
import { Skeleton } from '../../components/Skeleton';
import { errorMessage } from '../../lib/errors';
import { RichText } from '../chat/RichText';
import { ReportButton } from '../moderation/ReportButton';
import { AuthorLine } from './AuthorLine';
import { feedApi, useComments } from './queries';
import type { Comment } from './types';

/** Comments with one level of replies; counts are kept by functions. */
export function Comments({ postId, me, canComment }: { postId: string; me: string; canComment: boolean }) {
  const { data, isPending, error } = useComments(postId, me);
  const [replyTo, setReplyTo] = useState<string | null>(null);
  if (isPending) return <Skeleton height="4rem" />;
  if (error) return <p className="form-error">{errorMessage(error, 'Comments could not be loaded.')}</p>;
  const top = (data ?? []).filter((c) => c.parentId === null);
  const repliesOf = (id: string) => (data ?? []).filter((c) => c.parentId === id);
  return (
    <section className="stack" aria-labelledby="comments-title">
      <h2 id="comments-title">Comments</h2>
      {canComment ? <CommentForm postId={postId} me={me} parentId={null} label="Write a comment" /> : null}
      {!top.length ? (
        <EmptyState title="No comments yet" icon="💬">
          <p>Start the conversation.</p>
        </EmptyState>
      ) : (
        <ol className="comment-list">
          {top.map((c) => (
            <li key={c.id}>
              <CommentItem
                postId={postId}
                comment={c}
                me={me}
                onReply={canComment ? () => setReplyTo(c.id) : undefined}
              />
              <ol className="comment-replies" aria-label="Replies">
                {repliesOf(c.id).map((r) => (
                  <li key={r.id}>
                    <CommentItem postId={postId} comment={r} me={me} />
                  </li>
                ))}
              </ol>
              {replyTo === c.id ? (
                <CommentForm
                  postId={postId}
                  me={me}
                  parentId={c.id}
                  label="Write a reply"
                  onDone={() => setReplyTo(null)}
                />
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function CommentItem({
  postId,
  comment,
  me,
  onReply,
}: {
  postId: string;
  comment: Comment;
  me: string;
  onReply?: () => void;
}) {
  async function remove() {
    try {
      await feedApi().then((m) => m.deleteComment(postId, comment.id));
    } catch (error) {
      toast.error(errorMessage(error, 'The comment could not be deleted.'));
    }
  }
  return (
    <article className="comment" aria-label="Comment">
      <AuthorLine uid={comment.authorId} at={comment.createdAt} edited={comment.editedAt !== null} />
      {comment.hidden ? (
        <p className="badge badge-review">
          Under review{comment.moderationReason ? `: ${comment.moderationReason}` : ''}
        </p>
      ) : null}
      <div className="post-text">
        <RichText text={comment.text} mentionNames={[]} />
      </div>
      <div className="row">
        {onReply ? (
          <button type="button" className="btn btn-ghost btn-small" onClick={onReply}>
            Reply{comment.replyCount ? ` (${comment.replyCount})` : ''}
          </button>
        ) : null}
        {comment.authorId === me ? (
          <button type="button" className="btn btn-ghost btn-small" onClick={remove}>
            Delete
          </button>
        ) : (
          <ReportButton kind="comment" path={`posts/${postId}/comments/${comment.id}`} label="Report comment" />
        )}
      </div>
    </article>
  );
}

function CommentForm(props: {
  postId: string;
  me: string;
  parentId: string | null;
  label: string;
  onDone?: () => void;
}) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const id = `comment-${props.parentId ?? 'top'}`;
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return;
    setBusy(true);
    try {
      await feedApi().then((m) => m.addComment(props.postId, props.me, text.trim(), props.parentId));
      setText('');
      props.onDone?.();
    } catch (error) {
      toast.error(errorMessage(error, 'Your comment could not be posted.'));
    } finally {
      setBusy(false);
    }
  }
  return (
    <form className="row composer-row" onSubmit={submit}>
      <label htmlFor={id} className="visually-hidden">
        {props.label}
      </label>
      <input
        id={id}
        placeholder={props.label}
        value={text}
        onChange={(e) => setText(e.target.value)}
        maxLength={SOCIAL_LIMITS.commentMax}
      />
      <button type="submit" className="btn btn-primary btn-small" disabled={busy || !text.trim()}>
        {props.parentId ? 'Reply' : 'Comment'}
      </button>
    </form>
  );
}
