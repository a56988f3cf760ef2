import { lessonRefSchema, type AnswerKey, type LessonDoc } from '@aether/common';
import { onCall } from 'firebase-functions/v2/https';
import { db } from '../shared/firebase';
import { requireAdmin } from '../shared/guards';
import { parseInput } from '../shared/validate';
import { loadAnswerKeys, loadLesson } from './data';

/** Admins load a lesson with its answer key into the editor (no client can read answerKeys). */
export const loadLessonForEditing = onCall(
  async (request): Promise<{ lesson: LessonDoc; answers: Record<string, AnswerKey> }> => {
    requireAdmin(request);
    const { courseId, lessonId } = parseInput(lessonRefSchema, request.data);
    const [lesson, answers] = await Promise.all([
      loadLesson(db(), courseId, lessonId),
      loadAnswerKeys(db(), courseId, lessonId),
    ]);
    return { lesson, answers };
  },
);
