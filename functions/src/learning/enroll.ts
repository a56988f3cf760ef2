import { enrollInputSchema, type EnrollmentDoc } from '@aether/common';
import { FieldValue } from 'firebase-admin/firestore';
import { onCall } from 'firebase-functions/v2/https';
import { recordEvent } from '../analytics/recordEvent';
import { db } from '../shared/firebase';
import { requestLog } from '../shared/log';
import { requireUser } from '../shared/guards';
import { parseInput } from '../shared/validate';
import { enrollmentRef, loadCourse } from './data';

/** Enrolls the caller in a published course; enrolling twice keeps the existing progress. */
export const enroll = onCall(async (request) => {
  const uid = requireUser(request);
  const { courseId } = parseInput(enrollInputSchema, request.data);
  const result = await db().runTransaction(async (tx) => {
    const course = await loadCourse(db(), courseId, { tx });
    const ref = enrollmentRef(db(), uid, courseId);
    const existing = await tx.get(ref);
    if (existing.exists) return { courseId, created: false };
    const enrollment: EnrollmentDoc = {
      courseId,
      courseTitle: course.title,
      lessonCount: course.lessonIds.length,
      completedLessons: [],
      progress: 0,
      scores: {},
      challenges: {},
      lastLessonId: null,
      certificateId: null,
      enrolledAt: FieldValue.serverTimestamp(),
      completedAt: null,
    };
    tx.set(ref, enrollment);
    return { courseId, created: true };
  });
  await recordEvent(db(), { id: `enrol_${uid}_${courseId}`, name: 'course_enrolled', uid, props: { courseId } });
  requestLog('learning-enroll', request).info('enrolled', result);
  return result;
});
