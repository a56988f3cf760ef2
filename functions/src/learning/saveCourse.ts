import { saveCourseInputSchema } from '@aether/common';
import { FieldValue } from 'firebase-admin/firestore';
import { onCall } from 'firebase-functions/v2/https';
import { recordAudit } from '../shared/audit';
import { db } from '../shared/firebase';
import { requireAdmin } from '../shared/guards';
import { parseInput } from '../shared/validate';
import { courseRef } from './data';

/** Admins create or edit a course's catalog fields. New courses start unpublished. */
export const saveCourse = onCall(async (request) => {
  const adminUid = requireAdmin(request);
  const { courseId, course } = parseInput(saveCourseInputSchema, request.data);
  const created = await db().runTransaction(async (tx) => {
    const ref = courseRef(db(), courseId);
    const snap = await tx.get(ref);
    if (snap.exists) tx.update(ref, { ...course, updatedAt: FieldValue.serverTimestamp() });
    else {
      tx.set(ref, {
        ...course,
        published: false,
        lessonIds: [],
        lessonCount: 0,
        createdAt: FieldValue.serverTimestamp(),
        updatedAt: FieldValue.serverTimestamp(),
      });
    }
    recordAudit(db(), tx, {
      actorId: adminUid,
      action: snap.exists ? 'course.update' : 'course.create',
      target: { type: 'course', id: courseId },
    });
    return !snap.exists;
  });
  return { courseId, created };
});
