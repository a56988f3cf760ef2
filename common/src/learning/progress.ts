import type { EnrollmentDoc, LessonDoc } from './schema';

/** Why a lesson cannot be completed yet, or null when it can. */
export function completionBlocker(
  lesson: Pick<LessonDoc, 'quiz' | 'simulation'>,
  enrollment: EnrollmentDoc,
  lessonId: string,
): string | null {
  if (lesson.quiz.length > 0 && enrollment.scores[lessonId]?.passed !== true) return 'Pass the quiz first.';
  if (lesson.simulation?.challenge && enrollment.challenges[lessonId]?.passed !== true) {
    return 'Meet the simulation challenge first.';
  }
  return null;
}

export function progressPercent(completed: number, total: number): number {
  if (total <= 0) return 0;
  return Math.min(100, Math.round((completed / total) * 100));
}

/** Every lesson of the course is in the completed list. */
export function isCourseComplete(lessonIds: string[], completed: string[]): boolean {
  const done = new Set(completed);
  return lessonIds.length > 0 && lessonIds.every((id) => done.has(id));
}

/** Average of the best quiz scores of lessons that have a quiz (100 when none has). */
export function averageScore(scores: EnrollmentDoc['scores']): number {
  const values = Object.values(scores).map((s) => s.bestScore);
  if (values.length === 0) return 100;
  return Math.round(values.reduce((a, b) => a + b, 0) / values.length);
}

/** The lesson to resume: the first not yet completed, else the last opened, else the first. */
export function resumeLessonId(
  lessonIds: string[],
  enrollment: Pick<EnrollmentDoc, 'completedLessons' | 'lastLessonId'> | null,
): string | null {
  if (lessonIds.length === 0) return null;
  if (!enrollment) return lessonIds[0]!;
  const next = lessonIds.find((id) => !enrollment.completedLessons.includes(id));
  return next ?? enrollment.lastLessonId ?? lessonIds[0]!;
}

/** A challenge is met when the measured value is within tolerance of the target. */
export function challengeMet(target: number, tolerance: number, value: number): boolean {
  return Math.abs(value - target) <= tolerance;
}

/** A claimed measurement matches the server's re-run (same code, same steps: equal up to rounding). */
export function sameMeasurement(claimed: number, actual: number): boolean {
  return Math.abs(claimed - actual) <= 1e-6 * Math.max(1, Math.abs(actual));
}
