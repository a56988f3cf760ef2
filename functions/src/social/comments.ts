import { notificationFields } from '@aether/common';
import { FieldValue, type Firestore } from 'firebase-admin/firestore';
import type { ModerationConfig } from '../moderation/moderateText';
import { onceForEvent } from './counted';
import { commentContent, moderateContent } from './moderateContent';

interface StoredComment {
  authorId: string;
  text: string;
  parentId: string | null;
}

/**
 * A new comment: moderated first (THE moderation module); then, once per event, the post's
 * commentCount (and the parent's replyCount) go up, and the post author (comment) or the parent's
 * author (comment_reply) is notified — unless the comment was flagged.
 */
export async function applyNewComment(
  db: Firestore,
  postId: string,
  commentId: string,
  comment: StoredComment,
  eventKey: string,
  config?: ModerationConfig,
) {
  const { verdict } = await moderateContent(
    db,
    commentContent(postId, commentId, comment.authorId, comment.text),
    eventKey,
    config,
  );
  const post = await db.doc(`posts/${postId}`).get();
  if (!post.exists) return { flagged: verdict.flagged, counted: 'missing' };
  const parent = comment.parentId ? await db.doc(`posts/${postId}/comments/${comment.parentId}`).get() : null;
  const counted = await onceForEvent(db, eventKey, (tx) => {
    tx.update(post.ref, { commentCount: FieldValue.increment(1) });
    if (parent?.exists) tx.update(parent.ref, { replyCount: FieldValue.increment(1) });
    if (verdict.flagged) return;
    const notify = (uid: string, type: 'comment' | 'comment_reply') =>
      tx.set(db.doc(`notifications/${uid}/items/${type}_${postId}_${commentId}`), {
        ...notificationFields({
          type,
          actorId: comment.authorId,
          link: `/posts/${postId}`,
          target: { postId, commentId },
          excerpt: comment.text,
        }),
        createdAt: FieldValue.serverTimestamp(),
      });
    const postAuthor = String(post.get('authorId'));
    const parentAuthor = parent?.exists ? String(parent.get('authorId')) : null;
    if (parentAuthor && parentAuthor !== comment.authorId) notify(parentAuthor, 'comment_reply');
    if (postAuthor !== comment.authorId && postAuthor !== parentAuthor) notify(postAuthor, 'comment');
  });
  return { flagged: verdict.flagged, counted };
}

export async function applyCommentDeleted(
  db: Firestore,
  postId: string,
  comment: { parentId?: string | null },
  eventKey: string,
) {
  const post = await db.doc(`posts/${postId}`).get();
  if (!post.exists) return 'missing';
  const parent = comment.parentId ? await db.doc(`posts/${postId}/comments/${comment.parentId}`).get() : null;
  return onceForEvent(db, eventKey, (tx) => {
    tx.update(post.ref, { commentCount: FieldValue.increment(-1) });
    if (parent?.exists) tx.update(parent.ref, { replyCount: FieldValue.increment(-1) });
  });
}
