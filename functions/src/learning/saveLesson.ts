import { answerKeyProblem, MAX_LESSONS, paramsProblem, saveLessonInputSchema } from '@aether/common';
import { FieldValue } from 'firebase-admin/firestore';
import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { recordAudit } from '../shared/audit';
import { db } from '../shared/firebase';
import { requireAdmin } from '../shared/guards';
import { parseInput } from '../shared/validate';
import { answerKeyRef, courseRef, lessonRef } from './data';

/**
 * Admins create or edit a lesson: content, simulation settings and quiz go to the lesson (readable
 * by learners), answers go to answerKeys (readable by no client). New lessons are appended.
 */
export const saveLesson = onCall(async (request) => {
  const adminUid = requireAdmin(request);
  const { courseId, lessonId, lesson, answers } = parseInput(saveLessonInputSchema, request.data);
  const keyProblem = answerKeyProblem(lesson.quiz, answers);
  if (keyProblem) throw new HttpsError('invalid-argument', `answers: ${keyProblem}`);
  if (lesson.simulation) {
    const problem = paramsProblem(lesson.simulation.kind, lesson.simulation.params);
    if (problem) throw new HttpsError('invalid-argument', `simulation.params: ${problem}`);
  }
  return db().runTransaction(async (tx) => {
    const course = await tx.get(courseRef(db(), courseId));
    if (!course.exists) throw new HttpsError('not-found', `No course "${courseId}".`);
    const lessonIds = (course.get('lessonIds') as string[] | undefined) ?? [];
    const created = !lessonIds.includes(lessonId);
    if (created && lessonIds.length >= MAX_LESSONS) {
      throw new HttpsError('resource-exhausted', `A course has at most ${MAX_LESSONS} lessons.`);
    }
    const ids = created ? [...lessonIds, lessonId] : lessonIds;
    tx.set(lessonRef(db(), courseId, lessonId), { ...lesson, order: ids.indexOf(lessonId) });
    tx.set(answerKeyRef(db(), courseId, lessonId), { courseId, lessonId, answers });
    tx.update(courseRef(db(), courseId), {
      lessonIds: ids,
      lessonCount: ids.length,
      updatedAt: FieldValue.serverTimestamp(),
    });
    recordAudit(db(), tx, {
      actorId: adminUid,
      action: created ? 'lesson.create' : 'lesson.update',
      target: { type: 'lesson', id: `${courseId}/${lessonId}` },
    });
    return { courseId, lessonId, created };
  });
});
