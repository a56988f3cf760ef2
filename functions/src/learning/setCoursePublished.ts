import { setPublishedInputSchema } from '@aether/common';
import { FieldValue } from 'firebase-admin/firestore';
import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { recordAudit } from '../shared/audit';
import { db } from '../shared/firebase';
import { requireAdmin } from '../shared/guards';
import { parseInput } from '../shared/validate';
import { courseRef } from './data';

/** Admins publish a course (it must have lessons) or take it back to draft. */
export const setCoursePublished = onCall(async (request) => {
  const adminUid = requireAdmin(request);
  const { courseId, published } = parseInput(setPublishedInputSchema, request.data);
  await db().runTransaction(async (tx) => {
    const ref = courseRef(db(), courseId);
    const snap = await tx.get(ref);
    if (!snap.exists) throw new HttpsError('not-found', `No course "${courseId}".`);
    if (published && !((snap.get('lessonIds') as string[] | undefined)?.length ?? 0)) {
      throw new HttpsError('failed-precondition', 'Add at least one lesson before publishing.');
    }
    tx.update(ref, { published, updatedAt: FieldValue.serverTimestamp() });
    recordAudit(db(), tx, {
      actorId: adminUid,
      action: published ? 'course.publish' : 'course.unpublish',
      target: { type: 'course', id: courseId },
    });
  });
  return { courseId, published };
});
