import { notificationFields, type ModerationQueueItem, type ModerationState, type ResolveInput } from '@aether/common';
import type { Auth } from 'firebase-admin/auth';
import { FieldValue, type Firestore } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { applyUserRoles } from '../admin/applyUserRoles';
import { recordAudit } from '../shared/audit';

const contentLink = (item: ModerationQueueItem) => {
  const p = item.path.split('/');
  if (p[0] === 'posts') return `/posts/${p[1]}`;
  if (p[0] === 'rooms') return `/chat/${p[1]}`;
  return `/u/${p[1]}`;
};

/**
 * A moderator's decision on a queue item, in one transaction with its audit entry:
 * approve — the content is visible again and the classifier can no longer hide it;
 * remove — hidden for good (author notified); ban — remove, then ban the author (claims + profile
 * mirror + revoked sessions) with a second audit entry. Reported users are approved or banned.
 */
export async function resolveQueueItem(db: Firestore, auth: Auth, moderatorId: string, input: ResolveInput) {
  const queueRef = db.doc(`moderationQueue/${input.queueId}`);
  const item = await db.runTransaction(async (tx) => {
    const snap = await tx.get(queueRef);
    if (!snap.exists) throw new HttpsError('not-found', 'That queue item does not exist.');
    const item = snap.data() as ModerationQueueItem;
    if (item.kind === 'user' && input.action === 'remove') {
      throw new HttpsError('invalid-argument', 'A reported user is approved (dismissed) or banned, not removed.');
    }
    if (input.action === 'ban' && item.authorId === moderatorId) {
      throw new HttpsError('failed-precondition', 'You cannot ban yourself.');
    }
    const contentRef = db.doc(item.path);
    const content = item.kind === 'user' ? null : await tx.get(contentRef);
    const removing = input.action !== 'approve';
    if (content?.exists) {
      const state: ModerationState = {
        status: removing ? 'removed' : 'approved',
        categories: removing ? item.categories : [],
        reason: removing ? (input.note ?? 'Removed by a moderator') : null,
        source: 'moderator',
      };
      tx.update(contentRef, { moderation: state, [item.kind === 'profile' ? 'bioHidden' : 'hidden']: removing });
      if (removing) {
        tx.set(db.doc(`notifications/${item.authorId}/items/content_removed_${input.queueId}`), {
          ...notificationFields({
            type: 'content_removed',
            actorId: null,
            link: contentLink(item),
            target: { path: item.path },
            excerpt: state.reason ?? '',
          }),
          createdAt: FieldValue.serverTimestamp(),
        });
      }
    }
    tx.update(queueRef, {
      status: removing && item.kind !== 'user' ? 'removed' : input.action === 'ban' ? 'removed' : 'approved',
      resolution: input.action,
      resolvedAt: FieldValue.serverTimestamp(),
      resolvedBy: moderatorId,
      updatedAt: FieldValue.serverTimestamp(),
    });
    recordAudit(db, tx, {
      actorId: moderatorId,
      action: `moderation.${input.action === 'ban' ? 'remove' : input.action}`,
      target: { type: item.kind, id: item.path },
      details: { queueId: input.queueId, note: input.note ?? null, contentFound: content?.exists ?? true },
    });
    return item;
  });
  if (input.action === 'ban') {
    await applyUserRoles(auth, db, { uid: item.authorId, banned: true });
    const batch = db.batch();
    recordAudit(db, batch, {
      actorId: moderatorId,
      action: 'user.ban',
      target: { type: 'user', id: item.authorId },
      details: { queueId: input.queueId, via: 'moderation' },
    });
    await batch.commit();
  }
  return { queueId: input.queueId, action: input.action };
}
