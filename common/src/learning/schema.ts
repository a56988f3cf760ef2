import { z } from 'zod';
import { simKindSchema, simParamsSchema, simSeedSchema } from '../simulation/params';

/**
 * Learning data model (see DESIGN.md "courses, enrollments, certificates"):
 * - courses/{courseId}: catalog entry; learners see it only while `published`.
 * - courses/{courseId}/lessons/{lessonId}: markdown, simulation settings, quiz questions WITHOUT
 *   answers. Readable by learners of a published course.
 * - answerKeys/{courseId}__{lessonId}: correct answers; no client can read or write it.
 * - users/{uid}/enrollments/{courseId}: progress, scores, completion; written by functions only.
 * - certificates/{uid}_{courseId}: see ../certificates/schema.ts.
 */
export const COURSE_LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
export type CourseLevel = (typeof COURSE_LEVELS)[number];
export const DEFAULT_PASS_MARK = 70;
export const MAX_LESSONS = 50;
export const MAX_QUESTIONS = 20;

const id = z
  .string()
  .min(1, 'is required')
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and dashes');
const text = (max: number) => z.string().trim().min(1, 'is required').max(max);

export const courseIdSchema = id;
export const lessonIdSchema = id;

export const courseFieldsSchema = z.strictObject({
  title: text(120),
  summary: z.string().trim().max(600),
  level: z.enum(COURSE_LEVELS),
  durationMinutes: z.number().int().min(1).max(10_000),
  tags: z.array(z.string().trim().min(1).max(30)).max(10),
});
export type CourseFields = z.infer<typeof courseFieldsSchema>;

/** What clients read from courses/{id}. */
export interface CourseDoc extends CourseFields {
  published: boolean;
  /** Lesson ids in order; the source of truth for "every lesson of the course". */
  lessonIds: string[];
  lessonCount: number;
  updatedAt?: unknown;
}

const choices = z.array(text(200)).min(2).max(8);
export const quizQuestionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ id, kind: z.literal('single'), prompt: text(500), choices }),
  z.strictObject({ id, kind: z.literal('multiple'), prompt: text(500), choices }),
  z.strictObject({ id, kind: z.literal('numeric'), prompt: text(500), unit: z.string().max(20).default('') }),
]);
export type QuizQuestion = z.infer<typeof quizQuestionSchema>;

export const answerKeySchema = z.union([
  z.strictObject({ kind: z.literal('single'), correct: z.number().int().min(0) }),
  z.strictObject({ kind: z.literal('multiple'), correct: z.array(z.number().int().min(0)).min(1) }),
  z.strictObject({ kind: z.literal('numeric'), value: z.number().finite(), tolerance: z.number().min(0) }),
]);
export type AnswerKey = z.infer<typeof answerKeySchema>;

export const CHALLENGE_METRICS = ['range', 'maxHeight', 'period'] as const;
export type ChallengeMetric = (typeof CHALLENGE_METRICS)[number];

/** A goal the learner reaches by tuning the simulation; the server re-runs it to check. */
export const challengeSchema = z.strictObject({
  goal: text(300),
  metric: z.enum(CHALLENGE_METRICS),
  target: z.number().finite(),
  tolerance: z.number().positive(),
});
export type Challenge = z.infer<typeof challengeSchema>;

export const simulationSettingsSchema = z.strictObject({
  kind: simKindSchema,
  params: simParamsSchema,
  seed: simSeedSchema.default(1),
  challenge: challengeSchema.nullable().default(null),
});
export type SimulationSettings = z.infer<typeof simulationSettingsSchema>;

/** What clients read from courses/{c}/lessons/{l}: no answers anywhere in it. */
export interface LessonDoc {
  title: string;
  order: number;
  markdown: string;
  simulation: SimulationSettings | null;
  quiz: QuizQuestion[];
  passMark: number;
}

export interface LessonScore {
  score: number;
  passed: boolean;
  attempts: number;
  bestScore: number;
}

export interface ChallengeRecord {
  passed: boolean;
  value: number;
  attempts: number;
}

/** users/{uid}/enrollments/{courseId} */
export interface EnrollmentDoc {
  courseId: string;
  courseTitle: string;
  lessonCount: number;
  completedLessons: string[];
  /** 0–100 */
  progress: number;
  scores: Record<string, LessonScore>;
  challenges: Record<string, ChallengeRecord>;
  lastLessonId: string | null;
  enrolledAt?: unknown;
  completedAt?: unknown;
  certificateId: string | null;
}

export function answerKeyId(courseId: string, lessonId: string): string {
  return `${courseId}__${lessonId}`;
}

// ---- callable inputs ----------------------------------------------------------------------
export const enrollInputSchema = z.strictObject({ courseId: courseIdSchema });
export const lessonRefSchema = z.strictObject({ courseId: courseIdSchema, lessonId: lessonIdSchema });
export type LessonRef = z.infer<typeof lessonRefSchema>;

export const quizAnswerSchema = z.union([z.number().finite(), z.array(z.number().int().min(0)).max(8)]);
export const submitQuizInputSchema = z.strictObject({
  courseId: courseIdSchema,
  lessonId: lessonIdSchema,
  answers: z.record(z.string().max(64), quizAnswerSchema),
});
export type SubmitQuizInput = z.infer<typeof submitQuizInputSchema>;

export const verifyChallengeInputSchema = z.strictObject({
  courseId: courseIdSchema,
  lessonId: lessonIdSchema,
  params: simParamsSchema,
  seed: simSeedSchema,
  /** What the learner's run measured, e.g. { range: 30.3 }. Re-simulated on the server. */
  claimed: z.partialRecord(z.enum(CHALLENGE_METRICS), z.number().finite()),
});
export type VerifyChallengeInput = z.infer<typeof verifyChallengeInputSchema>;

export const saveCourseInputSchema = z.strictObject({ courseId: courseIdSchema, course: courseFieldsSchema });
export type SaveCourseInput = z.infer<typeof saveCourseInputSchema>;

export const lessonFieldsSchema = z.strictObject({
  title: text(120),
  markdown: z.string().max(20_000),
  simulation: simulationSettingsSchema.nullable(),
  quiz: z.array(quizQuestionSchema).max(MAX_QUESTIONS),
  passMark: z.number().int().min(0).max(100).default(DEFAULT_PASS_MARK),
});
export const saveLessonInputSchema = z.strictObject({
  courseId: courseIdSchema,
  lessonId: lessonIdSchema,
  lesson: lessonFieldsSchema,
  /** One entry per quiz question id. */
  answers: z.record(z.string().max(64), answerKeySchema),
});
export type SaveLessonInput = z.infer<typeof saveLessonInputSchema>;

export const setPublishedInputSchema = z.strictObject({ courseId: courseIdSchema, published: z.boolean() });
