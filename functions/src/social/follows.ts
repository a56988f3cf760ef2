import { notificationFields } from '@aether/common';
import { FieldValue, type Firestore } from 'firebase-admin/firestore';

/**
 * Brings users/{target}/followers/{uid} and both counters in line with users/{uid}/following/{target}
 * (the source of truth the client writes). State-based, not event-based: the transaction reads
 * both documents and acts only on a difference, so duplicate, late or out-of-order events leave
 * the counters exact. Returns what changed.
 */
export async function reconcileFollow(
  db: Firestore,
  uid: string,
  target: string,
): Promise<'followed' | 'unfollowed' | 'unchanged'> {
  const followingRef = db.doc(`users/${uid}/following/${target}`);
  const followerRef = db.doc(`users/${target}/followers/${uid}`);
  return db.runTransaction(async (tx) => {
    const [following, follower] = await Promise.all([tx.get(followingRef), tx.get(followerRef)]);
    if (following.exists && !follower.exists) {
      tx.set(followerRef, { createdAt: following.get('createdAt') ?? FieldValue.serverTimestamp() });
      tx.set(db.doc(`users/${uid}`), { followingCount: FieldValue.increment(1) }, { merge: true });
      tx.set(db.doc(`users/${target}`), { followerCount: FieldValue.increment(1) }, { merge: true });
      tx.delete(db.doc(`users/${target}/followRequests/${uid}`));
      tx.set(db.doc(`notifications/${target}/items/follow_${uid}`), {
        ...notificationFields({ type: 'follow', actorId: uid, link: `/u/${uid}`, target: { uid } }),
        createdAt: FieldValue.serverTimestamp(),
      });
      return 'followed';
    }
    if (!following.exists && follower.exists) {
      tx.delete(followerRef);
      tx.set(db.doc(`users/${uid}`), { followingCount: FieldValue.increment(-1) }, { merge: true });
      tx.set(db.doc(`users/${target}`), { followerCount: FieldValue.increment(-1) }, { merge: true });
      return 'unfollowed';
    }
    return 'unchanged';
  });
}

/** The owner of a private profile answers a follow request (accepting creates the follow). */
export async function answerFollowRequest(db: Firestore, owner: string, requester: string, accept: boolean) {
  const requestRef = db.doc(`users/${owner}/followRequests/${requester}`);
  return db.runTransaction(async (tx) => {
    const request = await tx.get(requestRef);
    if (!request.exists) return 'no-request' as const;
    tx.delete(requestRef);
    if (!accept) return 'declined' as const;
    tx.set(db.doc(`users/${requester}/following/${owner}`), { createdAt: FieldValue.serverTimestamp() });
    tx.set(db.doc(`notifications/${requester}/items/follow_accepted_${owner}`), {
      ...notificationFields({ type: 'follow_accepted', actorId: owner, link: `/u/${owner}`, target: { uid: owner } }),
      createdAt: FieldValue.serverTimestamp(),
    });
    return 'accepted' as const;
  });
}
