import { answerKeyId, type AnswerKey, type CourseDoc, type EnrollmentDoc, type LessonDoc } from '@aether/common';
import type { DocumentReference, Firestore, Transaction } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';

// Paths and loaders shared by the learning callables: one place that knows the data model.
export const courseRef = (db: Firestore, courseId: string) => db.doc(`courses/${courseId}`);
export const lessonRef = (db: Firestore, courseId: string, lessonId: string) =>
  db.doc(`courses/${courseId}/lessons/${lessonId}`);
export const answerKeyRef = (db: Firestore, courseId: string, lessonId: string) =>
  db.doc(`answerKeys/${answerKeyId(courseId, lessonId)}`);
export const enrollmentRef = (db: Firestore, uid: string, courseId: string) =>
  db.doc(`users/${uid}/enrollments/${courseId}`);

type Reader = Pick<Transaction, 'get'> | null;

async function read(ref: DocumentReference, tx: Reader) {
  return tx ? tx.get(ref) : ref.get();
}

/** A course a learner may use: it exists and is published (admins may use drafts). */
export async function loadCourse(db: Firestore, courseId: string, opts: { allowDraft?: boolean; tx?: Reader } = {}) {
  const snap = await read(courseRef(db, courseId), opts.tx ?? null);
  const course = snap.data() as CourseDoc | undefined;
  if (!course || (!course.published && !opts.allowDraft)) {
    throw new HttpsError('not-found', `No published course "${courseId}".`);
  }
  return course;
}

export async function loadLesson(db: Firestore, courseId: string, lessonId: string, tx: Reader = null) {
  const snap = await read(lessonRef(db, courseId, lessonId), tx);
  if (!snap.exists) throw new HttpsError('not-found', `No lesson "${lessonId}" in course "${courseId}".`);
  return snap.data() as LessonDoc;
}

export async function loadEnrollment(db: Firestore, uid: string, courseId: string, tx: Reader = null) {
  const snap = await read(enrollmentRef(db, uid, courseId), tx);
  if (!snap.exists) throw new HttpsError('failed-precondition', 'Enroll in the course first.');
  return snap.data() as EnrollmentDoc;
}

export async function loadAnswerKeys(db: Firestore, courseId: string, lessonId: string, tx: Reader = null) {
  const snap = await read(answerKeyRef(db, courseId, lessonId), tx);
  return ((snap.data()?.answers ?? {}) as Record<string, AnswerKey>) ?? {};
}
