import { lessonRefSchema, type LessonDoc } from '@aether/common';
import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { db } from '../shared/firebase';
import { requireUser } from '../shared/guards';
import { parseInput } from '../shared/validate';
import { enrollmentRef, loadCourse, loadEnrollment, loadLesson } from './data';

/**
 * Returns a lesson (markdown, simulation settings, quiz questions — never answers) to an enrolled
 * learner and records it as the place to resume.
 */
export const openLesson = onCall(async (request): Promise<{ lesson: LessonDoc & { id: string } }> => {
  const uid = requireUser(request);
  const { courseId, lessonId } = parseInput(lessonRefSchema, request.data);
  const course = await loadCourse(db(), courseId);
  if (!course.lessonIds.includes(lessonId)) {
    throw new HttpsError('not-found', `No lesson "${lessonId}" in course "${courseId}".`);
  }
  await loadEnrollment(db(), uid, courseId);
  const lesson = await loadLesson(db(), courseId, lessonId);
  await enrollmentRef(db(), uid, courseId).update({ lastLessonId: lessonId });
  return { lesson: { id: lessonId, ...lesson } };
});
