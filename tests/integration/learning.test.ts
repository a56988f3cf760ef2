import {
  answerKeyProblem,
  certificateId,
  lessonFieldsSchema,
  type EnrollmentDoc,
  type QuizGrade,
} from '@aether/common';
import { measure } from '@aether/common/simulation/engine';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyCompletion } from '../../functions/src/learning/applyCompletion';
import { writeCourse, type SeedCourse } from '../../scripts/lib/courses.mjs';
import { DEMO_COURSE } from '../../scripts/lib/demoData.mjs';
import { admin, newClient, signedInClient, type Client } from '../support/clients';
import { clearAuth, clearFirestore } from '../support/emulators';

// Each test makes a dozen callable round trips; cold starts on a loaded machine take seconds each.
vi.setConfig({ testTimeout: 120_000 });

const clients: Client[] = [];
beforeEach(async () => {
  await Promise.all([clearFirestore(), clearAuth()]);
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
});

async function learner(email = 'learner@example.com') {
  const c = await signedInClient(email);
  clients.push(c);
  return c;
}

async function expectCallError(promise: Promise<unknown>, code: string, message?: RegExp) {
  const error = (await promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: unknown) => e,
  )) as { code?: string; message?: string };
  expect(error.code).toBe(`functions/${code}`);
  if (message) expect(error.message).toMatch(message);
}

const COURSE: SeedCourse = {
  id: 'physics',
  title: 'Physics',
  summary: 'Test course',
  level: 'beginner',
  durationMinutes: 10,
  tags: ['test'],
  lessons: [
    {
      id: 'throw',
      title: 'Throw',
      markdown: 'Throw it',
      simulation: {
        kind: 'projectile',
        params: { speed: 20, angleDeg: 45, gravity: 9.81, mass: 1 },
        seed: 1,
        challenge: { goal: 'Land at 30 m', metric: 'range', target: 30, tolerance: 1 },
      },
      quiz: [
        { id: 'angle', kind: 'single', prompt: 'Best angle?', choices: ['30°', '45°'] },
        { id: 'kept', kind: 'multiple', prompt: 'Constant?', choices: ['vx', 'vy', 'a'] },
        { id: 'g', kind: 'numeric', prompt: 'g?', unit: 'm/s²' },
      ],
      answers: {
        angle: { kind: 'single', correct: 1 },
        kept: { kind: 'multiple', correct: [0, 2] },
        g: { kind: 'numeric', value: 9.81, tolerance: 0.05 },
      },
    },
    { id: 'play', title: 'Play', markdown: 'Play', simulation: null, quiz: [], answers: {} },
  ],
};
const RIGHT = { angle: 1, kept: [2, 0], g: 9.8 };
const hit = { speed: 20, angleDeg: 24, gravity: 9.81, mass: 1 };

const enrollmentOf = async (uid: string, courseId = COURSE.id) =>
  (await admin().db.doc(`users/${uid}/enrollments/${courseId}`).get()).data() as EnrollmentDoc | undefined;

describe('demo data', () => {
  it('Mechanics 101 is a valid course with ≥4 lessons and consistent answer keys', () => {
    expect(DEMO_COURSE.title).toBe('Mechanics 101');
    expect(DEMO_COURSE.lessons.map((l) => l.simulation?.kind)).toEqual([
      'projectile',
      'pendulum',
      'collisions',
      'sandbox',
    ]);
    for (const { id: _id, answers, ...lesson } of DEMO_COURSE.lessons) {
      const parsed = lessonFieldsSchema.parse(lesson);
      expect(answerKeyProblem(parsed.quiz, answers as never)).toBeNull();
    }
  });
});

describe('learning.enroll and openLesson', () => {
  it('validates input, hides drafts, and keeps progress when enrolling twice', async () => {
    await writeCourse(admin().db, COURSE);
    await writeCourse(admin().db, { ...COURSE, id: 'draft', published: false });
    const me = await learner();
    await expectCallError(me.call('learning-enroll', { courseId: 'Not An Id' }), 'invalid-argument', /courseId/);
    await expectCallError(me.call('learning-enroll', {}), 'invalid-argument');
    await expectCallError(me.call('learning-enroll', { courseId: 'draft' }), 'not-found', /No published course/);
    const anonymous = newClient();
    clients.push(anonymous);
    await expectCallError(anonymous.call('learning-enroll', { courseId: COURSE.id }), 'unauthenticated');

    await expectCallError(
      me.call('learning-openLesson', { courseId: COURSE.id, lessonId: 'throw' }),
      'failed-precondition',
      /Enroll/,
    );
    expect(await me.call('learning-enroll', { courseId: COURSE.id })).toEqual({ courseId: COURSE.id, created: true });
    await me.call('learning-submitQuiz', { courseId: COURSE.id, lessonId: 'throw', answers: RIGHT });
    expect(await me.call('learning-enroll', { courseId: COURSE.id })).toEqual({ courseId: COURSE.id, created: false });
    expect((await enrollmentOf(me.uid))?.scores.throw?.passed).toBe(true);

    const { lesson } = await me.call<unknown, { lesson: Record<string, unknown> }>('learning-openLesson', {
      courseId: COURSE.id,
      lessonId: 'throw',
    });
    expect(lesson).toMatchObject({ id: 'throw', title: 'Throw', passMark: 70 });
    expect(JSON.stringify(lesson)).not.toMatch(/answers|correct|tolerance":0.05/);
    expect((await enrollmentOf(me.uid))?.lastLessonId).toBe('throw');
    await expectCallError(me.call('learning-openLesson', { courseId: COURSE.id, lessonId: 'nope' }), 'not-found');
  });
});

describe('learning.submitQuiz', () => {
  it('grades with per-question feedback and a pass mark, keeping the best score', async () => {
    await writeCourse(admin().db, COURSE);
    const me = await learner();
    const ref = { courseId: COURSE.id, lessonId: 'throw' };
    await expectCallError(me.call('learning-submitQuiz', { ...ref, answers: RIGHT }), 'failed-precondition', /Enroll/);
    await me.call('learning-enroll', { courseId: COURSE.id });

    const wrong = await me.call<unknown, QuizGrade>('learning-submitQuiz', {
      ...ref,
      answers: { angle: 0, kept: [0], g: 12 },
    });
    expect(wrong).toEqual({
      score: 0,
      passed: false,
      passMark: 70,
      feedback: [
        { id: 'angle', correct: false, message: 'Not quite.' },
        { id: 'kept', correct: false, message: 'Some right choices are missing.' },
        { id: 'g', correct: false, message: 'Too high.' },
      ],
    });
    const partly = await me.call<unknown, QuizGrade>('learning-submitQuiz', { ...ref, answers: { ...RIGHT, g: 9 } });
    expect(partly).toMatchObject({ score: 67, passed: false });
    const right = await me.call<unknown, QuizGrade>('learning-submitQuiz', { ...ref, answers: RIGHT });
    expect(right).toMatchObject({ score: 100, passed: true });
    await me.call('learning-submitQuiz', { ...ref, answers: { angle: 1 } });
    expect((await enrollmentOf(me.uid))?.scores.throw).toEqual({
      score: 33,
      passed: true,
      attempts: 4,
      bestScore: 100,
    });

    await expectCallError(me.call('learning-submitQuiz', { ...ref, answers: { nope: 1 } }), 'invalid-argument', /nope/);
    await expectCallError(me.call('learning-submitQuiz', { ...ref, answers: { angle: 'b' } }), 'invalid-argument');
    await expectCallError(
      me.call('learning-submitQuiz', { courseId: COURSE.id, lessonId: 'play', answers: {} }),
      'failed-precondition',
      /no quiz/,
    );
  });
});

describe('learning.verifyChallenge', () => {
  it('re-runs the simulation: honest results are judged, forged ones rejected and not recorded', async () => {
    await writeCourse(admin().db, COURSE);
    const me = await learner();
    await me.call('learning-enroll', { courseId: COURSE.id });
    const ref = { courseId: COURSE.id, lessonId: 'throw', seed: 1 };

    // A miss, honestly reported: judged and recorded as not passed.
    const missRange = measure({ kind: 'projectile', params: { ...hit, angleDeg: 45 }, seed: 1 }).range!;
    const miss = await me.call<unknown, { passed: boolean; value: number }>('learning-verifyChallenge', {
      ...ref,
      params: { ...hit, angleDeg: 45 },
      claimed: { range: missRange },
    });
    expect(miss.passed).toBe(false);
    expect(Math.abs(miss.value - 40.77) / 40.77).toBeLessThan(0.01); // v²·sin(2θ)/g = 40.77 m

    // A forged claim: 45° does not land at 30 m, whatever the client says.
    await expectCallError(
      me.call('learning-verifyChallenge', { ...ref, params: { ...hit, angleDeg: 45 }, claimed: { range: 30 } }),
      'permission-denied',
      /does not match/,
    );
    expect((await enrollmentOf(me.uid))?.challenges.throw).toEqual({ passed: false, value: missRange, attempts: 1 });

    // Out-of-range or unknown parameters are refused before any run.
    await expectCallError(
      me.call('learning-verifyChallenge', { ...ref, params: { ...hit, speed: 500 }, claimed: { range: 30 } }),
      'invalid-argument',
      /Launch speed/,
    );
    await expectCallError(
      me.call('learning-verifyChallenge', { ...ref, params: { length: 2 }, claimed: { range: 30 } }),
      'invalid-argument',
      /unknown parameter/,
    );
    await expectCallError(
      me.call('learning-verifyChallenge', { ...ref, params: hit, claimed: { period: 2 } }),
      'invalid-argument',
      /range is required/,
    );

    // The honest hit passes.
    const range = measure({ kind: 'projectile', params: hit, seed: 1 }).range!;
    const verdict = await me.call<unknown, { passed: boolean; value: number }>('learning-verifyChallenge', {
      ...ref,
      params: hit,
      claimed: { range },
    });
    expect(verdict).toMatchObject({ passed: true, target: 30, tolerance: 1 });
    expect(verdict.value).toBeCloseTo(range, 9);
    expect((await enrollmentOf(me.uid))?.challenges.throw).toEqual({ passed: true, value: range, attempts: 2 });
  });
});

describe('learning.completeLesson and certificates', () => {
  it('needs the quiz and challenge, tracks progress, and issues one certificate and notification', async () => {
    await writeCourse(admin().db, COURSE);
    const me = await learner();
    await admin().db.doc(`users/${me.uid}`).set({ displayName: 'Lena Learner' }, { merge: true });
    await me.call('learning-enroll', { courseId: COURSE.id });
    const ref = { courseId: COURSE.id, lessonId: 'throw' };
    await expectCallError(me.call('learning-completeLesson', ref), 'failed-precondition', /quiz/);
    await me.call('learning-submitQuiz', { ...ref, answers: RIGHT });
    await expectCallError(me.call('learning-completeLesson', ref), 'failed-precondition', /challenge/);
    const range = measure({ kind: 'projectile', params: hit, seed: 1 }).range!;
    await me.call('learning-verifyChallenge', { ...ref, seed: 1, params: hit, claimed: { range } });

    const first = await me.call('learning-completeLesson', ref);
    expect(first).toEqual({
      completedLessons: ['throw'],
      progress: 50,
      courseComplete: false,
      certificateId: null,
      certificateIssued: false,
    });
    const certId = certificateId(me.uid, COURSE.id);
    expect((await admin().db.doc(`certificates/${certId}`).get()).exists).toBe(false);

    const last = await me.call('learning-completeLesson', { courseId: COURSE.id, lessonId: 'play' });
    expect(last).toEqual({
      completedLessons: ['throw', 'play'],
      progress: 100,
      courseComplete: true,
      certificateId: certId,
      certificateIssued: true,
    });
    const cert = (await admin().db.doc(`certificates/${certId}`).get()).data();
    expect(cert).toMatchObject({
      uid: me.uid,
      courseId: COURSE.id,
      courseTitle: 'Physics',
      recipientName: 'Lena Learner',
      score: 100,
      status: 'issued',
    });
    const enrollment = await enrollmentOf(me.uid);
    expect(enrollment).toMatchObject({ progress: 100, certificateId: certId });
    expect(enrollment?.completedAt).toBeTruthy();

    // Counted for analytics: the learner reached the enrolment and completion stages of the funnel.
    const activity = (await admin().db.doc(`userActivity/${me.uid}`).get()).data();
    expect(activity?.milestones).toMatchObject({ course_enrolled: true, course_completed: true });

    const items = await admin().db.collection(`notifications/${me.uid}/items`).get();
    expect(items.docs.map((d) => d.data())).toEqual([
      expect.objectContaining({
        type: 'certificate_issued',
        actorId: null,
        link: `/certificates#${certId}`,
        target: { certificateId: certId, courseId: COURSE.id },
        read: false,
      }),
    ]);
  });

  it('issues exactly one certificate when the last completion is processed twice, even at once', async () => {
    await writeCourse(admin().db, { ...COURSE, lessons: [COURSE.lessons[1]!] });
    const me = await learner();
    await me.call('learning-enroll', { courseId: COURSE.id });
    const db = admin().db;

    // The same completion processed concurrently (two tabs, a retried request) and again later.
    const results = await Promise.all([
      applyCompletion(db, me.uid, COURSE.id, 'play'),
      applyCompletion(db, me.uid, COURSE.id, 'play'),
      me.call<unknown, { certificateIssued: boolean }>('learning-completeLesson', {
        courseId: COURSE.id,
        lessonId: 'play',
      }),
    ]);
    const again = await me.call<unknown, { certificateIssued: boolean; courseComplete: boolean }>(
      'learning-completeLesson',
      {
        courseId: COURSE.id,
        lessonId: 'play',
      },
    );
    expect(results.filter((r) => r.certificateIssued)).toHaveLength(1);
    expect(again).toMatchObject({ certificateIssued: false, courseComplete: true });

    const certs = await db.collection('certificates').where('uid', '==', me.uid).get();
    expect(certs.docs.map((d) => d.id)).toEqual([certificateId(me.uid, COURSE.id)]);
    const items = await db.collection(`notifications/${me.uid}/items`).get();
    expect(items.docs.filter((d) => d.get('type') === 'certificate_issued')).toHaveLength(1);
    expect((await enrollmentOf(me.uid))?.completedLessons).toEqual(['play']);
  });
});

describe('learning authoring callables', () => {
  const lesson = {
    title: 'Swing',
    markdown: 'T = 2π√(L/g)',
    simulation: { kind: 'pendulum', params: { length: 1 }, seed: 3, challenge: null },
    quiz: [{ id: 'q', kind: 'single', prompt: 'Mass matters?', choices: ['yes', 'no'] }],
    passMark: 100,
  };

  it('admins create, edit and publish; answers go where no client reads them', async () => {
    const root = await signedInClient('root@example.com', { admin: true });
    clients.push(root);
    const course = { title: 'Waves', summary: 'Soon', level: 'intermediate', durationMinutes: 30, tags: ['waves'] };
    expect(await root.call('learning-saveCourse', { courseId: 'waves', course })).toEqual({
      courseId: 'waves',
      created: true,
    });
    expect((await admin().db.doc('courses/waves').get()).data()).toMatchObject({
      ...course,
      published: false,
      lessonIds: [],
    });
    await expectCallError(
      root.call('learning-setCoursePublished', { courseId: 'waves', published: true }),
      'failed-precondition',
      /at least one lesson/,
    );

    await expectCallError(
      root.call('learning-saveLesson', { courseId: 'waves', lessonId: 'swing', lesson, answers: {} }),
      'invalid-argument',
      /"q" has no answer/,
    );
    await expectCallError(
      root.call('learning-saveLesson', {
        courseId: 'waves',
        lessonId: 'swing',
        lesson: { ...lesson, simulation: { ...lesson.simulation, params: { length: 500 } } },
        answers: { q: { kind: 'single', correct: 1 } },
      }),
      'invalid-argument',
      /Length must be between/,
    );
    const saved = { courseId: 'waves', lessonId: 'swing', lesson, answers: { q: { kind: 'single', correct: 1 } } };
    expect(await root.call('learning-saveLesson', saved)).toEqual({
      courseId: 'waves',
      lessonId: 'swing',
      created: true,
    });
    expect(await root.call('learning-saveLesson', { ...saved, lesson: { ...lesson, title: 'Swing!' } })).toMatchObject({
      created: false,
    });
    expect((await admin().db.doc('courses/waves').get()).get('lessonIds')).toEqual(['swing']);
    const stored = (await admin().db.doc('courses/waves/lessons/swing').get()).data();
    expect(stored).toMatchObject({ title: 'Swing!', order: 0, passMark: 100 });
    expect(JSON.stringify(stored)).not.toContain('correct');
    expect((await admin().db.doc('answerKeys/waves__swing').get()).get('answers')).toEqual({
      q: { kind: 'single', correct: 1 },
    });
    expect(await root.call('learning-loadLessonForEditing', { courseId: 'waves', lessonId: 'swing' })).toMatchObject({
      answers: { q: { kind: 'single', correct: 1 } },
      lesson: { title: 'Swing!' },
    });

    await root.call('learning-setCoursePublished', { courseId: 'waves', published: true });
    expect((await admin().db.doc('courses/waves').get()).get('published')).toBe(true);
    await root.call('learning-setCoursePublished', { courseId: 'waves', published: false });
    expect((await admin().db.doc('courses/waves').get()).get('published')).toBe(false);
    const audit = await admin().db.collection('auditLog').where('target.id', '==', 'waves').get();
    expect(audit.docs.map((d) => d.get('action')).sort()).toEqual([
      'course.create',
      'course.publish',
      'course.unpublish',
    ]);
  });

  it('learners cannot author, and bad input is refused clearly', async () => {
    const me = await learner();
    const course = { title: 'X', summary: '', level: 'beginner', durationMinutes: 5, tags: [] };
    await expectCallError(
      me.call('learning-saveCourse', { courseId: 'x', course }),
      'permission-denied',
      /administrators/,
    );
    await expectCallError(
      me.call('learning-setCoursePublished', { courseId: 'x', published: true }),
      'permission-denied',
    );
    await expectCallError(
      me.call('learning-loadLessonForEditing', { courseId: 'x', lessonId: 'y' }),
      'permission-denied',
    );
    const root = await signedInClient('root@example.com', { admin: true });
    clients.push(root);
    await expectCallError(
      root.call('learning-saveCourse', { courseId: 'x', course: { ...course, level: 'expert' } }),
      'invalid-argument',
      /level/,
    );
    await expectCallError(
      root.call('learning-saveLesson', {
        courseId: 'missing',
        lessonId: 'l',
        lesson,
        answers: { q: { kind: 'single', correct: 0 } },
      }),
      'not-found',
    );
  });
});
