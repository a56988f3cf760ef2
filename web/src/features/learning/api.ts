// Data layer for learning: the only module here that talks to Firestore and the learning functions.
// Progress, scores and certificates are written by functions; the client only reads them live.
import type { QuizAnswer, QuizGrade } from '@aether/common/learning/grading';
import type { CompletionResultView, ChallengeVerdictView } from './types';
import type {
  AnswerKey,
  CourseDoc,
  CourseFields,
  EnrollmentDoc,
  LessonDoc,
  SaveLessonInput,
} from '@aether/common/learning/schema';
import { collection, doc, onSnapshot, orderBy, query, where, type DocumentData } from 'firebase/firestore';
import { httpsCallable } from 'firebase/functions';
import { firestoreDb } from '../../lib/firestore';
import { cloudFunctions } from '../../lib/functions';
import type { Subscribe } from '../../lib/liveQuery';
import { toMillis } from '../../lib/timestamps';

export type Course = CourseDoc & { id: string };
export type Lesson = LessonDoc & { id: string };
export type Enrollment = Omit<EnrollmentDoc, 'enrolledAt' | 'completedAt'> & { completedAt: number | null };

function toCourse(id: string, data: DocumentData): Course {
  return {
    id,
    title: String(data.title ?? ''),
    summary: String(data.summary ?? ''),
    level: data.level ?? 'beginner',
    durationMinutes: Number(data.durationMinutes ?? 0),
    tags: Array.isArray(data.tags) ? data.tags.map(String) : [],
    published: data.published === true,
    lessonIds: Array.isArray(data.lessonIds) ? data.lessonIds.map(String) : [],
    lessonCount: Number(data.lessonCount ?? 0),
  };
}

function toEnrollment(data: DocumentData): Enrollment {
  return {
    courseId: String(data.courseId),
    courseTitle: String(data.courseTitle ?? ''),
    lessonCount: Number(data.lessonCount ?? 0),
    completedLessons: Array.isArray(data.completedLessons) ? data.completedLessons.map(String) : [],
    progress: Number(data.progress ?? 0),
    scores: data.scores ?? {},
    challenges: data.challenges ?? {},
    lastLessonId: data.lastLessonId ?? null,
    certificateId: data.certificateId ?? null,
    completedAt: toMillis(data.completedAt),
  };
}

/** Published courses (admins may pass `includeDrafts`). */
export function subscribeToCourses(includeDrafts = false): Subscribe<Course[]> {
  const courses = collection(firestoreDb(), 'courses');
  const q = includeDrafts ? query(courses) : query(courses, where('published', '==', true));
  return (onNext, onError) =>
    onSnapshot(
      q,
      (snap) => onNext(snap.docs.map((d) => toCourse(d.id, d.data())).sort((a, b) => a.title.localeCompare(b.title))),
      onError,
    );
}

export function subscribeToCourse(courseId: string): Subscribe<Course | null> {
  return (onNext, onError) =>
    onSnapshot(
      doc(firestoreDb(), 'courses', courseId),
      (snap) => onNext(snap.exists() ? toCourse(snap.id, snap.data()) : null),
      onError,
    );
}

export function subscribeToLessons(courseId: string): Subscribe<Lesson[]> {
  return (onNext, onError) =>
    onSnapshot(
      query(collection(firestoreDb(), 'courses', courseId, 'lessons'), orderBy('order')),
      (snap) => onNext(snap.docs.map((d) => ({ id: d.id, ...(d.data() as LessonDoc) }))),
      onError,
    );
}

export function subscribeToEnrollments(uid: string): Subscribe<Enrollment[]> {
  return (onNext, onError) =>
    onSnapshot(
      collection(firestoreDb(), 'users', uid, 'enrollments'),
      (snap) => onNext(snap.docs.map((d) => toEnrollment(d.data()))),
      onError,
    );
}

/** The live enrollment: the UI's progress, marks and completion all come from this listener. */
export function subscribeToEnrollment(uid: string, courseId: string): Subscribe<Enrollment | null> {
  return (onNext, onError) =>
    onSnapshot(
      doc(firestoreDb(), 'users', uid, 'enrollments', courseId),
      (snap) => onNext(snap.exists() ? toEnrollment(snap.data()) : null),
      onError,
    );
}

// ---- callables -----------------------------------------------------------------------------
async function call<I, O>(name: string, input: I): Promise<O> {
  return (await httpsCallable<I, O>(cloudFunctions(), `learning-${name}`)(input)).data;
}

export const enroll = (courseId: string) => call<{ courseId: string }, { created: boolean }>('enroll', { courseId });
export const openLesson = (courseId: string, lessonId: string) =>
  call<{ courseId: string; lessonId: string }, { lesson: Lesson }>('openLesson', { courseId, lessonId });
export const submitQuiz = (courseId: string, lessonId: string, answers: Record<string, QuizAnswer>) =>
  call<unknown, QuizGrade>('submitQuiz', { courseId, lessonId, answers });
export const verifyChallenge = (input: {
  courseId: string;
  lessonId: string;
  params: Record<string, number>;
  seed: number;
  claimed: Record<string, number>;
}) => call<typeof input, ChallengeVerdictView>('verifyChallenge', input);
export const completeLesson = (courseId: string, lessonId: string) =>
  call<unknown, CompletionResultView>('completeLesson', { courseId, lessonId });

export const saveCourse = (courseId: string, course: CourseFields) =>
  call<unknown, { created: boolean }>('saveCourse', { courseId, course });
export const saveLesson = (input: SaveLessonInput) => call<SaveLessonInput, { created: boolean }>('saveLesson', input);
export const setCoursePublished = (courseId: string, published: boolean) =>
  call<unknown, { published: boolean }>('setCoursePublished', { courseId, published });
export const loadLessonForEditing = (courseId: string, lessonId: string) =>
  call<unknown, { lesson: LessonDoc; answers: Record<string, AnswerKey> }>('loadLessonForEditing', {
    courseId,
    lessonId,
  });
