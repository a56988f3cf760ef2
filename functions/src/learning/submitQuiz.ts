import { gradeQuiz, submitQuizInputSchema, type LessonScore, type QuizGrade } from '@aether/common';
import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { db } from '../shared/firebase';
import { requireUser } from '../shared/guards';
import { parseInput } from '../shared/validate';
import { enrollmentRef, loadAnswerKeys, loadCourse, loadEnrollment, loadLesson } from './data';

/** Grades a quiz against the hidden answer key and records the score (best score kept). */
export const submitQuiz = onCall(async (request): Promise<QuizGrade> => {
  const uid = requireUser(request);
  const input = parseInput(submitQuizInputSchema, request.data);
  const { courseId, lessonId } = input;
  await loadCourse(db(), courseId);
  return db().runTransaction(async (tx) => {
    const enrollment = await loadEnrollment(db(), uid, courseId, tx);
    const lesson = await loadLesson(db(), courseId, lessonId, tx);
    if (lesson.quiz.length === 0) throw new HttpsError('failed-precondition', 'This lesson has no quiz.');
    const unknown = Object.keys(input.answers).find((id) => !lesson.quiz.some((q) => q.id === id));
    if (unknown) throw new HttpsError('invalid-argument', `answers: no question "${unknown}" in this lesson`);
    const keys = await loadAnswerKeys(db(), courseId, lessonId, tx);
    const grade = gradeQuiz(lesson.quiz, keys, input.answers, lesson.passMark);
    const previous = enrollment.scores[lessonId];
    const score: LessonScore = {
      score: grade.score,
      passed: grade.passed || previous?.passed === true,
      attempts: (previous?.attempts ?? 0) + 1,
      bestScore: Math.max(grade.score, previous?.bestScore ?? 0),
    };
    tx.update(enrollmentRef(db(), uid, courseId), { [`scores.${lessonId}`]: score, lastLessonId: lessonId });
    return grade;
  });
});
