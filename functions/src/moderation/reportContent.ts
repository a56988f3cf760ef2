import { moderationQueueId, reportPathMatchesKind, type ReportInput } from '@aether/common';
import { FieldValue, type Firestore } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { addToQueue } from './queue';

/** What a reporter may see of the reported document (the same visibility the rules give them). */
async function visibleTo(db: Firestore, reporter: string, input: ReportInput, data: FirebaseFirestore.DocumentData) {
  const parts = input.path.split('/');
  if (input.kind === 'user') return true;
  if (input.kind === 'message') {
    const room = await db.doc(`rooms/${parts[1]}`).get();
    return room.get('type') === 'public' || ((room.get('memberIds') as string[] | undefined) ?? []).includes(reporter);
  }
  const post = input.kind === 'post' ? data : (await db.doc(`posts/${parts[1]}`).get()).data();
  if (!post) return false;
  if (post.visibility === 'public' || post.authorId === reporter) return true;
  return (await db.doc(`users/${post.authorId}/followers/${reporter}`).get()).exists;
}

/**
 * A user reports a post, comment, message or user with a reason: one reports/{reporter}_{queueId}
 * document per reporter and item (reporting twice changes nothing), merged into the same
 * moderationQueue item the classifier uses (reportCount, reasons).
 */
export async function reportContent(db: Firestore, reporter: string, input: ReportInput) {
  if (!reportPathMatchesKind(input.kind, input.path)) {
    throw new HttpsError('invalid-argument', `${input.path} is not a ${input.kind}.`);
  }
  const target = await db.doc(input.path).get();
  if (!target.exists || !(await visibleTo(db, reporter, input, target.data()!))) {
    throw new HttpsError('not-found', 'There is nothing to report there (it may have been deleted).');
  }
  const authorId = input.kind === 'user' ? target.id : String(target.get('authorId') ?? '');
  if (authorId === reporter) throw new HttpsError('failed-precondition', 'You cannot report yourself.');
  const excerpt =
    input.kind === 'user'
      ? `${target.get('displayName') ?? ''} — ${target.get('bio') ?? ''}`
      : String(target.get('text') ?? '');
  const queueId = moderationQueueId(input.kind, input.path);
  const reportRef = db.doc(`reports/${reporter}_${queueId}`);
  const status = await db.runTransaction(async (tx) => {
    if ((await tx.get(reportRef)).exists) return 'already-reported' as const;
    await addToQueue(
      db,
      tx,
      { kind: input.kind, path: input.path, authorId, excerpt, categories: ['reported'], reason: input.reason },
      'report',
    );
    tx.set(reportRef, {
      reporterId: reporter,
      kind: input.kind,
      path: input.path,
      reason: input.reason,
      queueId,
      createdAt: FieldValue.serverTimestamp(),
    });
    return 'reported' as const;
  });
  return { queueId, status };
}
