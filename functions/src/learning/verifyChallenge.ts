import {
  challengeMet,
  paramsProblem,
  sameMeasurement,
  verifyChallengeInputSchema,
  type ChallengeRecord,
} from '@aether/common';
import { measure } from '@aether/common/simulation/engine';
import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { db } from '../shared/firebase';
import { requireUser } from '../shared/guards';
import { parseInput } from '../shared/validate';
import { enrollmentRef, loadCourse, loadEnrollment, loadLesson } from './data';

export interface ChallengeVerdict {
  passed: boolean;
  /** The server's own measurement of the metric. */
  value: number;
  target: number;
  tolerance: number;
}

/**
 * Re-runs the learner's simulation (same deterministic code, same params and seed) and judges
 * the challenge on the server's own measurement. A claimed result that differs from the re-run
 * is rejected as forged and nothing is recorded.
 */
export const verifyChallenge = onCall(async (request): Promise<ChallengeVerdict> => {
  const uid = requireUser(request);
  const input = parseInput(verifyChallengeInputSchema, request.data);
  const { courseId, lessonId } = input;
  await loadCourse(db(), courseId);
  await loadEnrollment(db(), uid, courseId);
  const lesson = await loadLesson(db(), courseId, lessonId);
  const settings = lesson.simulation;
  const challenge = settings?.challenge;
  if (!settings || !challenge) throw new HttpsError('failed-precondition', 'This lesson has no challenge.');
  const problem = paramsProblem(settings.kind, input.params);
  if (problem) throw new HttpsError('invalid-argument', `params: ${problem}`);
  const claimed = input.claimed[challenge.metric];
  if (claimed === undefined) throw new HttpsError('invalid-argument', `claimed: ${challenge.metric} is required`);

  const measured = measure({ kind: settings.kind, params: input.params, seed: input.seed })[challenge.metric];
  if (measured === undefined) {
    throw new HttpsError(
      'failed-precondition',
      `The simulation did not produce a ${challenge.metric}; try other settings.`,
    );
  }
  if (!sameMeasurement(claimed, measured)) {
    throw new HttpsError(
      'permission-denied',
      'The submitted result does not match the simulation for these settings; it was not recorded.',
    );
  }
  const passed = challengeMet(challenge.target, challenge.tolerance, measured);
  await db().runTransaction(async (tx) => {
    const enrollment = await loadEnrollment(db(), uid, courseId, tx);
    const previous = enrollment.challenges[lessonId];
    const record: ChallengeRecord = {
      passed: passed || previous?.passed === true,
      value: passed || !previous?.passed ? measured : previous.value,
      attempts: (previous?.attempts ?? 0) + 1,
    };
    tx.update(enrollmentRef(db(), uid, courseId), { [`challenges.${lessonId}`]: record });
  });
  return { passed, value: measured, target: challenge.target, tolerance: challenge.tolerance };
});
