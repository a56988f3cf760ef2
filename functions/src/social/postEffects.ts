import type { Firestore } from 'firebase-admin/firestore';
import type { ModerationConfig } from '../moderation/moderateText';
import { fanOutPost, unFanOutPost } from './fanout';
import { moderateContent, postContent } from './moderateContent';
import { syncSearch } from './searchIndex';

/**
 * Everything a new post causes, in an order that cannot deadlock: (1) moderation — one short
 * transaction on the post and its queue item; (2) fan-out — plain BulkWriter writes to other
 * documents, started only after (1) committed, and only if the post is not hidden; (3) search.
 * Each step is idempotent on its own, so a retry after a failure in any step redoes nothing twice.
 */
export async function applyNewPost(
  db: Firestore,
  postId: string,
  post: { authorId: string; text: string },
  eventKey: string,
  config?: ModerationConfig,
) {
  const { verdict, outcome } = await moderateContent(
    db,
    postContent(postId, post.authorId, post.text),
    eventKey,
    config,
  );
  const fanout = await fanOutPost(db, postId);
  const current = await db.doc(`posts/${postId}`).get();
  const search = await syncSearch(db, 'post', postId, current.data());
  return { flagged: verdict.flagged, moderation: outcome, fanout, search };
}

/**
 * An edited post is moderated again; a post that becomes hidden leaves every feed, one that
 * becomes visible again (a moderator approved it) is fanned out; the index follows the post.
 */
export async function applyPostChange(
  db: Firestore,
  postId: string,
  before: { text?: unknown; hidden?: unknown } | undefined,
  after: { authorId: string; text: string; hidden?: unknown },
  eventKey: string,
  config?: ModerationConfig,
) {
  let moderation: string | null = null;
  if (before?.text !== after.text) {
    moderation = (await moderateContent(db, postContent(postId, after.authorId, after.text), eventKey, config)).outcome;
  }
  const current = (await db.doc(`posts/${postId}`).get()).data();
  let feeds: string | null = null;
  if (current && before?.hidden !== current.hidden) {
    if (current.hidden === true) feeds = `removed from ${await unFanOutPost(db, postId)}`;
    else feeds = `fanned out to ${(await fanOutPost(db, postId)).entries}`;
  }
  const search = await syncSearch(db, 'post', postId, current);
  return { moderation, feeds, search };
}

/** A deleted post leaves feeds and the index; its likes and comments go with it. */
export async function applyPostDeleted(db: Firestore, postId: string) {
  const removed = await unFanOutPost(db, postId);
  await syncSearch(db, 'post', postId, undefined);
  await db.recursiveDelete(db.collection(`posts/${postId}/likes`));
  await db.recursiveDelete(db.collection(`posts/${postId}/comments`));
  return { removed };
}
