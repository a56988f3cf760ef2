import { feedEntryPath, SOCIAL_LIMITS } from '@aether/common';
import { FieldPath, FieldValue, type Firestore, type Timestamp } from 'firebase-admin/firestore';

export interface FanoutResult {
  state: 'done' | 'skipped';
  entries: number;
}

/**
 * Fan-out on write: one feeds/{follower}/entries/{postId} per follower (and the author), written
 * with a BulkWriter page by page. Entry ids are deterministic, so a redelivered event or a second
 * run rewrites the same documents: the number of entries is exact whatever the delivery count.
 * fanouts/{postId} records the state (running → done) and how many entries were written; it runs
 * outside any transaction, so it never holds a lock that moderation or counters wait on.
 */
export async function fanOutPost(db: Firestore, postId: string): Promise<FanoutResult> {
  const post = await db.doc(`posts/${postId}`).get();
  if (!post.exists || post.get('hidden') === true) return { state: 'skipped', entries: 0 };
  const markerRef = db.doc(`fanouts/${postId}`);
  const marker = await markerRef.get();
  if (marker.get('state') === 'done') return { state: 'done', entries: Number(marker.get('entries') ?? 0) };
  await markerRef.set({ state: 'running', startedAt: FieldValue.serverTimestamp() }, { merge: true });

  const authorId = String(post.get('authorId'));
  const entry = { postId, authorId, createdAt: post.get('createdAt') as Timestamp };
  const writer = db.bulkWriter();
  writer.onWriteError((error) => error.failedAttempts < 5);
  let entries = 0;
  writer.set(db.doc(feedEntryPath(authorId, postId)), entry);
  entries++;
  let last: string | null = null;
  for (;;) {
    let page = db
      .collection(`users/${authorId}/followers`)
      .orderBy(FieldPath.documentId())
      .select()
      .limit(SOCIAL_LIMITS.fanoutPage);
    if (last) page = page.startAfter(last);
    const snap = await page.get();
    for (const follower of snap.docs) {
      writer.set(db.doc(feedEntryPath(follower.id, postId)), entry);
      entries++;
    }
    if (snap.size < SOCIAL_LIMITS.fanoutPage) break;
    last = snap.docs[snap.docs.length - 1]!.id;
  }
  await writer.close();
  await markerRef.set({ state: 'done', entries, completedAt: FieldValue.serverTimestamp() }, { merge: true });
  return { state: 'done', entries };
}

/** Removes a post from every feed it reached (deleted or removed by a moderator). */
export async function unFanOutPost(db: Firestore, postId: string): Promise<number> {
  const snap = await db.collectionGroup('entries').where('postId', '==', postId).select().get();
  const writer = db.bulkWriter();
  snap.docs.forEach((d) => writer.delete(d.ref));
  await writer.close();
  await db.doc(`fanouts/${postId}`).delete();
  return snap.size;
}

/** After a follow: the author's latest public-to-follower posts appear in the new follower's feed. */
export async function backfillFeed(db: Firestore, followerId: string, authorId: string, count = 20): Promise<number> {
  const snap = await db
    .collection('posts')
    .where('authorId', '==', authorId)
    .where('hidden', '==', false)
    .orderBy('createdAt', 'desc')
    .limit(count)
    .get();
  const batch = db.batch();
  snap.docs.forEach((d) =>
    batch.set(db.doc(feedEntryPath(followerId, d.id)), { postId: d.id, authorId, createdAt: d.get('createdAt') }),
  );
  await batch.commit();
  return snap.size;
}

/** After an unfollow: that author's posts leave the former follower's feed. */
export async function pruneFeed(db: Firestore, followerId: string, authorId: string): Promise<number> {
  const snap = await db.collection(`feeds/${followerId}/entries`).where('authorId', '==', authorId).select().get();
  const writer = db.bulkWriter();
  snap.docs.forEach((d) => writer.delete(d.ref));
  await writer.close();
  return snap.size;
}
