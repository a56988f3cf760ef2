import { lessonRefSchema } from '@aether/common';
import { onCall } from 'firebase-functions/v2/https';
import { recordEvent } from '../analytics/recordEvent';
import { db } from '../shared/firebase';
import { requestLog } from '../shared/log';
import { requireUser } from '../shared/guards';
import { parseInput } from '../shared/validate';
import { applyCompletion, type CompletionResult } from './applyCompletion';

/** Completes a lesson whose quiz and challenge are passed; the last one issues the certificate. */
export const completeLesson = onCall(async (request): Promise<CompletionResult> => {
  const uid = requireUser(request);
  const { courseId, lessonId } = parseInput(lessonRefSchema, request.data);
  const result = await applyCompletion(db(), uid, courseId, lessonId);
  // Counted once each (business keys as event ids), however often the learner presses the button.
  await recordEvent(db(), {
    id: `lesson_${uid}_${courseId}_${lessonId}`,
    name: 'lesson_completed',
    uid,
    props: { courseId, lessonId },
  });
  if (result.courseComplete) {
    await recordEvent(db(), { id: `course_${uid}_${courseId}`, name: 'course_completed', uid, props: { courseId } });
  }
  requestLog('learning-completeLesson', request).info('lesson completed', { courseId, lessonId, ...result });
  return result;
});
