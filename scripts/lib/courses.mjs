// Writes a course the way the learning functions store it (courses/{id}, its lessons, and the
// answer keys no client can read). Used by the seed and by tests that need a course.
import { FieldValue } from 'firebase-admin/firestore';

/**
 * @param {import('firebase-admin/firestore').Firestore} db
 * @param {{ id: string, title: string, summary: string, level: string, durationMinutes: number,
 *   tags: string[], published?: boolean, lessons: Array<{ id: string, title: string, markdown: string,
 *   simulation: object | null, quiz: object[], answers: object, passMark?: number }> }} course
 */
export async function writeCourse(db, course) {
  const { lessons, id, published = true, ...fields } = course;
  const batch = db.batch();
  batch.set(db.doc(`courses/${id}`), {
    ...fields,
    published,
    lessonIds: lessons.map((l) => l.id),
    lessonCount: lessons.length,
    createdAt: FieldValue.serverTimestamp(),
    updatedAt: FieldValue.serverTimestamp(),
  });
  lessons.forEach((lesson, order) => {
    const { answers, id: lessonId, passMark = 70, ...content } = lesson;
    batch.set(db.doc(`courses/${id}/lessons/${lessonId}`), { ...content, passMark, order });
    batch.set(db.doc(`answerKeys/${id}__${lessonId}`), { courseId: id, lessonId, answers });
  });
  await batch.commit();
}
