/** What the completeLesson callable answers (mirrors functions/src/learning/applyCompletion.ts). */
export interface CompletionResultView {
  completedLessons: string[];
  progress: number;
  courseComplete: boolean;
  certificateId: string | null;
  certificateIssued: boolean;
}

/** What the verifyChallenge callable answers. */
export interface ChallengeVerdictView {
  passed: boolean;
  value: number;
  target: number;
  tolerance: number;
}
