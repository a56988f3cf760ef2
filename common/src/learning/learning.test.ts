import { describe, expect, it } from 'vitest';
import { answerKeyProblem, gradeQuiz } from './grading';
import {
  averageScore,
  challengeMet,
  completionBlocker,
  isCourseComplete,
  resumeLessonId,
  sameMeasurement,
} from './progress';
import { saveLessonInputSchema, type AnswerKey, type EnrollmentDoc, type QuizQuestion } from './schema';

const questions: QuizQuestion[] = [
  { id: 'a', kind: 'single', prompt: 'Best angle?', choices: ['30°', '45°', '60°'] },
  { id: 'b', kind: 'multiple', prompt: 'Conserved?', choices: ['momentum', 'energy', 'speed'] },
  { id: 'c', kind: 'numeric', prompt: 'g?', unit: 'm/s²' },
];
const keys: Record<string, AnswerKey> = {
  a: { kind: 'single', correct: 1 },
  b: { kind: 'multiple', correct: [0, 1] },
  c: { kind: 'numeric', value: 9.81, tolerance: 0.05 },
};

describe('gradeQuiz', () => {
  it.each([
    [{ a: 1, b: [1, 0], c: 9.8 }, 100, true, [true, true, true]],
    [{ a: 1, b: [0, 1], c: 9.86 }, 100, true, [true, true, true]],
    [{ a: 0, b: [0, 1], c: 9.81 }, 67, false, [false, true, true]],
    [{ a: 1, b: [0], c: 9.7 }, 33, false, [true, false, false]],
    [{ a: 1, b: [0, 1, 2], c: 10 }, 33, false, [true, false, false]],
    [{}, 0, false, [false, false, false]],
    [{ a: [1], b: 0, c: [9] }, 0, false, [false, false, false]],
  ])('%j → %i%%', (answers, score, passed, correct) => {
    const grade = gradeQuiz(questions, keys, answers as never, 70);
    expect(grade.score).toBe(score);
    expect(grade.passed).toBe(passed);
    expect(grade.feedback.map((f) => f.correct)).toEqual(correct);
  });

  it('explains without giving the answer away', () => {
    const grade = gradeQuiz(questions, keys, { a: 0, b: [0], c: 12 }, 70);
    expect(grade.feedback.map((f) => f.message)).toEqual([
      'Not quite.',
      'Some right choices are missing.',
      'Too high.',
    ]);
    expect(JSON.stringify(grade)).not.toContain('9.81');
  });

  it('an answer key that does not fit its question never counts as right', () => {
    const grade = gradeQuiz(questions, { ...keys, a: { kind: 'numeric', value: 1, tolerance: 0 } }, { a: 1 }, 0);
    expect(grade.feedback[0]).toMatchObject({ correct: false });
  });
});

describe('answerKeyProblem', () => {
  it('accepts a consistent key and names every inconsistency', () => {
    expect(answerKeyProblem(questions, keys)).toBeNull();
    expect(answerKeyProblem(questions, { b: keys.b!, c: keys.c! })).toMatch(/"a" has no answer/);
    expect(answerKeyProblem(questions, { ...keys, a: { kind: 'single', correct: 3 } })).toMatch(
      /not one of the choices/,
    );
    expect(answerKeyProblem(questions, { ...keys, z: keys.a! })).toMatch(/"z" belongs to no question/);
    expect(answerKeyProblem([...questions, questions[0]!], keys)).toMatch(/used twice/);
  });
});

const enrollment = (over: Partial<EnrollmentDoc> = {}): EnrollmentDoc => ({
  courseId: 'c',
  courseTitle: 'C',
  lessonCount: 3,
  completedLessons: [],
  progress: 0,
  scores: {},
  challenges: {},
  lastLessonId: null,
  certificateId: null,
  ...over,
});

describe('progress', () => {
  it('a lesson needs its quiz passed and its challenge met', () => {
    const lesson = {
      quiz: questions,
      simulation: {
        kind: 'projectile' as const,
        params: {},
        seed: 1,
        challenge: { goal: 'g', metric: 'range' as const, target: 30, tolerance: 1 },
      },
    };
    expect(completionBlocker(lesson, enrollment(), 'l')).toMatch(/quiz/);
    const passed = { l: { score: 100, passed: true, attempts: 1, bestScore: 100 } };
    expect(completionBlocker(lesson, enrollment({ scores: passed }), 'l')).toMatch(/challenge/);
    expect(
      completionBlocker(
        lesson,
        enrollment({ scores: passed, challenges: { l: { passed: true, value: 30, attempts: 1 } } }),
        'l',
      ),
    ).toBeNull();
    expect(completionBlocker({ quiz: [], simulation: null }, enrollment(), 'l')).toBeNull();
  });

  it('course completion, resume point and average score', () => {
    expect(isCourseComplete(['a', 'b'], ['b', 'a'])).toBe(true);
    expect(isCourseComplete(['a', 'b'], ['a'])).toBe(false);
    expect(isCourseComplete([], [])).toBe(false);
    expect(resumeLessonId(['a', 'b', 'c'], null)).toBe('a');
    expect(resumeLessonId(['a', 'b', 'c'], { completedLessons: ['a'], lastLessonId: 'a' })).toBe('b');
    expect(resumeLessonId(['a', 'b'], { completedLessons: ['a', 'b'], lastLessonId: 'a' })).toBe('a');
    expect(
      averageScore({
        a: { score: 50, passed: false, attempts: 2, bestScore: 80 },
        b: { score: 100, passed: true, attempts: 1, bestScore: 100 },
      }),
    ).toBe(90);
    expect(averageScore({})).toBe(100);
  });

  it('challenges and claimed measurements', () => {
    expect(challengeMet(30, 1.5, 31.4)).toBe(true);
    expect(challengeMet(30, 1.5, 31.6)).toBe(false);
    expect(sameMeasurement(30.123456789, 30.12345679)).toBe(true);
    expect(sameMeasurement(30.1, 30.3)).toBe(false);
  });
});

describe('saveLessonInputSchema', () => {
  it('rejects unknown fields, bad ids and empty titles', () => {
    const ok = {
      courseId: 'mech',
      lessonId: 'l-1',
      lesson: { title: 'T', markdown: '', simulation: null, quiz: [] },
      answers: {},
    };
    expect(saveLessonInputSchema.safeParse(ok).success).toBe(true);
    expect(saveLessonInputSchema.safeParse({ ...ok, lessonId: 'Bad Id' }).success).toBe(false);
    expect(saveLessonInputSchema.safeParse({ ...ok, lesson: { ...ok.lesson, title: ' ' } }).success).toBe(false);
    expect(saveLessonInputSchema.safeParse({ ...ok, extra: 1 }).success).toBe(false);
  });
});
