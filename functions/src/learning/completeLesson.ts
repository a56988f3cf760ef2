import { lessonRefSchema } from '@aether/common';
import { onCall } from 'firebase-functions/v2/https';
import { db } from '../shared/firebase';
import { requireUser } from '../shared/guards';
import { parseInput } from '../shared/validate';
import { applyCompletion, type CompletionResult } from './applyCompletion';

/** Completes a lesson whose quiz and challenge are passed; the last one issues the certificate. */
export const completeLesson = onCall(async (request): Promise<CompletionResult> => {
  const uid = requireUser(request);
  const { courseId, lessonId } = parseInput(lessonRefSchema, request.data);
  return applyCompletion(db(), uid, courseId, lessonId);
});
