import { parseTags } from '@aether/common/social/schema';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { toast } from 'sonner';
import { errorMessage } from '../../lib/errors';
import { RichText } from '../chat/RichText';
import { ReportButton } from '../moderation/ReportButton';
import { AuthorLine } from './AuthorLine';
import { LikeButton } from './LikeButton';
import { LinkCard, PostImages } from './PostMedia';
import { feedApi } from './queries';
import type { Post } from './types';

/** One post: author, text, tags, images, link preview, live like/comment counts and actions. */
export function PostCard({ post, me, onDeleted }: { post: Post; me: string; onDeleted?: () => void }) {
  const [editing, setEditing] = useState(false);
  const own = post.authorId === me;

  async function share() {
    const url = `${window.location.origin}/posts/${post.id}`;
    try {
      await navigator.clipboard.writeText(url);
      toast.success('Link copied');
    } catch {
      window.prompt('Copy this link', url);
    }
  }

  async function remove() {
    if (!window.confirm('Delete this post?')) return;
    try {
      await feedApi().then((m) => m.deletePost(post.id));
      toast.success('Post deleted');
      onDeleted?.();
    } catch (error) {
      toast.error(errorMessage(error, 'The post could not be deleted.'));
    }
  }

  return (
    <article className="card post-card" aria-label={`Post by author`} data-post-id={post.id}>
      <AuthorLine uid={post.authorId} at={post.createdAt} edited={post.editedAt !== null} />
      {post.hidden ? (
        <p className="badge badge-review" role="status">
          {post.moderationStatus === 'removed' ? 'Removed by a moderator' : 'Under review'}
          {post.moderationReason ? `: ${post.moderationReason}` : ''}
        </p>
      ) : null}
      {editing ? (
        <EditPost post={post} onDone={() => setEditing(false)} />
      ) : (
        <div className="post-text">
          <RichText text={post.text} mentionNames={[]} />
        </div>
      )}
      {post.tags.length ? (
        <p className="post-tags">
          {post.tags.map((t) => (
            <Link key={t} to={`/search?q=${encodeURIComponent(t)}&tab=post`} className="tag">
              #{t}
            </Link>
          ))}
        </p>
      ) : null}
      <PostImages media={post.media} />
      {post.link ? <LinkCard link={post.link} /> : null}
      <div className="post-actions row">
        <LikeButton postId={post.id} uid={me} count={post.likeCount} />
        <Link to={`/posts/${post.id}`} className="btn btn-ghost btn-small" aria-label={`${post.commentCount} comments`}>
          💬 <span data-testid="comment-count">{post.commentCount}</span>
        </Link>
        <button type="button" className="btn btn-ghost btn-small" onClick={share}>
          Share
        </button>
        {own ? (
          <>
            <button type="button" className="btn btn-ghost btn-small" onClick={() => setEditing(true)}>
              Edit
            </button>
            <button type="button" className="btn btn-ghost btn-small" onClick={remove}>
              Delete
            </button>
          </>
        ) : (
          <ReportButton kind="post" path={`posts/${post.id}`} label="Report post" />
        )}
      </div>
    </article>
  );
}

function EditPost({ post, onDone }: { post: Post; onDone: () => void }) {
  const [text, setText] = useState(post.text);
  const [tags, setTags] = useState(post.tags.join(' '));
  const [busy, setBusy] = useState(false);
  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      await feedApi().then((m) => m.editPost(post.id, text, parseTags(tags)));
      onDone();
    } catch (error) {
      toast.error(errorMessage(error, 'The edit could not be saved.'));
    } finally {
      setBusy(false);
    }
  }
  return (
    <form className="stack-tight" onSubmit={save} aria-label="Edit post">
      <label className="visually-hidden" htmlFor={`edit-${post.id}`}>
        Post text
      </label>
      <textarea
        id={`edit-${post.id}`}
        value={text}
        onChange={(e) => setText(e.target.value)}
        maxLength={2000}
        rows={3}
      />
      <label className="visually-hidden" htmlFor={`edit-tags-${post.id}`}>
        Tags
      </label>
      <input id={`edit-tags-${post.id}`} value={tags} onChange={(e) => setTags(e.target.value)} />
      <div className="row">
        <button type="submit" className="btn btn-primary btn-small" disabled={busy || !text.trim()}>
          Save
        </button>
        <button type="button" className="btn btn-ghost btn-small" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
