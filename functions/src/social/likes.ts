import { notificationFields } from '@aether/common';
import { FieldValue, type Firestore } from 'firebase-admin/firestore';
import { onceForEvent } from './counted';

/**
 * A like was created (+1) or deleted (-1). Exactly once per event (processedEvents marker in the
 * same transaction as the increment); the increment is a blind write, so concurrent likes on one
 * post never conflict. A new like notifies the author (deterministic id: one per liker and post).
 */
export async function applyLike(db: Firestore, postId: string, uid: string, delta: 1 | -1, eventKey: string) {
  const post = await db.doc(`posts/${postId}`).get();
  if (!post.exists) return 'missing';
  const authorId = String(post.get('authorId'));
  return onceForEvent(db, eventKey, (tx) => {
    tx.update(post.ref, { likeCount: FieldValue.increment(delta) });
    if (delta === 1 && authorId !== uid) {
      tx.set(db.doc(`notifications/${authorId}/items/like_${postId}_${uid}`), {
        ...notificationFields({
          type: 'like',
          actorId: uid,
          link: `/posts/${postId}`,
          target: { postId },
          excerpt: String(post.get('text') ?? ''),
        }),
        createdAt: FieldValue.serverTimestamp(),
      });
    }
  });
}
