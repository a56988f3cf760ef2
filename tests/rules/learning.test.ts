import { collection, deleteDoc, doc, getDoc, getDocs, query, setDoc, updateDoc, where } from 'firebase/firestore';
import { describe, expect, it } from 'vitest';
import { t0 } from './fixtures';
import { alice, asBanned, asUser, bob, expectAllowed, expectDenied, seed, useRulesEnv } from './helpers';

const course = (published: boolean) => ({
  title: published ? 'Mechanics 101' : 'Draft course',
  summary: '',
  level: 'beginner',
  durationMinutes: 60,
  tags: ['physics'],
  published,
  lessonIds: ['l1'],
  lessonCount: 1,
});
const lesson = { title: 'L1', order: 0, markdown: '# Hi', simulation: null, quiz: [], passMark: 70 };
const enrollment = {
  courseId: 'mech',
  courseTitle: 'Mechanics 101',
  lessonCount: 1,
  completedLessons: [],
  progress: 0,
  scores: {},
  challenges: {},
  lastLessonId: null,
  certificateId: null,
};
const certificate = {
  uid: alice,
  courseId: 'mech',
  courseTitle: 'Mechanics 101',
  recipientName: 'Alice',
  score: 90,
  issuedAt: t0,
  status: 'issued',
};

const rules = useRulesEnv(async (env) => {
  await seed(env, async (ctx) => {
    const db = ctx.firestore();
    await setDoc(doc(db, 'courses/mech'), course(true));
    await setDoc(doc(db, 'courses/mech/lessons/l1'), lesson);
    await setDoc(doc(db, 'courses/draft'), course(false));
    await setDoc(doc(db, 'courses/draft/lessons/l1'), lesson);
    await setDoc(doc(db, 'answerKeys/mech__l1'), { courseId: 'mech', lessonId: 'l1', answers: {} });
    await setDoc(doc(db, `users/${alice}/enrollments/mech`), enrollment);
    await setDoc(doc(db, `certificates/${alice}_mech`), certificate);
  });
});

const learner = () => asUser(rules.env, alice).firestore();
const other = () => asUser(rules.env, bob).firestore();
const adminDb = () => asUser(rules.env, 'root', { admin: true }).firestore();

describe('courses and lessons', () => {
  it('learners read published courses and their lessons', async () => {
    await expectAllowed(getDoc(doc(learner(), 'courses/mech')));
    await expectAllowed(getDoc(doc(learner(), 'courses/mech/lessons/l1')));
    const catalog = await expectAllowed(
      getDocs(query(collection(learner(), 'courses'), where('published', '==', true))),
    );
    expect(catalog.docs.map((d) => d.id)).toEqual(['mech']);
  });

  it('unpublished courses and their lessons are invisible to learners', async () => {
    await expectDenied(getDoc(doc(learner(), 'courses/draft')));
    await expectDenied(getDoc(doc(learner(), 'courses/draft/lessons/l1')));
    // A catalog query without the published filter could reveal drafts, so it is refused.
    await expectDenied(getDocs(collection(learner(), 'courses')));
  });

  it('admins read drafts (for authoring)', async () => {
    await expectAllowed(getDoc(doc(adminDb(), 'courses/draft')));
    await expectAllowed(getDoc(doc(adminDb(), 'courses/draft/lessons/l1')));
    await expectAllowed(getDocs(collection(adminDb(), 'courses')));
  });

  it('visitors without an account and banned users read nothing', async () => {
    await expectDenied(getDoc(doc(rules.env.unauthenticatedContext().firestore(), 'courses/mech')));
    await expectDenied(getDoc(doc(asBanned(rules.env, alice).firestore(), 'courses/mech')));
    await expectDenied(getDoc(doc(asBanned(rules.env, alice).firestore(), 'courses/mech/lessons/l1')));
  });

  it('no client writes courses or lessons, not even an admin (authoring goes through callables)', async () => {
    await expectDenied(setDoc(doc(learner(), 'courses/new'), course(true)));
    await expectDenied(updateDoc(doc(learner(), 'courses/draft'), { published: true }));
    await expectDenied(updateDoc(doc(adminDb(), 'courses/mech'), { title: 'x' }));
    await expectDenied(setDoc(doc(adminDb(), 'courses/mech/lessons/l2'), lesson));
    await expectDenied(deleteDoc(doc(adminDb(), 'courses/mech/lessons/l1')));
  });
});

describe('answer keys', () => {
  it('no client reads or writes an answer key, admins included', async () => {
    await expectDenied(getDoc(doc(learner(), 'answerKeys/mech__l1')));
    await expectDenied(getDoc(doc(adminDb(), 'answerKeys/mech__l1')));
    await expectDenied(getDocs(collection(adminDb(), 'answerKeys')));
    await expectDenied(setDoc(doc(adminDb(), 'answerKeys/mech__l2'), { answers: {} }));
    await expectDenied(updateDoc(doc(learner(), 'answerKeys/mech__l1'), { answers: { q1: 0 } }));
  });
});

describe('enrollments', () => {
  it('a learner reads their own enrollment', async () => {
    await expectAllowed(getDoc(doc(learner(), `users/${alice}/enrollments/mech`)));
    await expectAllowed(getDocs(collection(learner(), `users/${alice}/enrollments`)));
  });

  it('nobody else reads it', async () => {
    await expectDenied(getDoc(doc(other(), `users/${alice}/enrollments/mech`)));
    await expectDenied(getDocs(collection(other(), `users/${alice}/enrollments`)));
    await expectDenied(getDoc(doc(asBanned(rules.env, alice).firestore(), `users/${alice}/enrollments/mech`)));
  });

  it('no client writes progress, scores or completion', async () => {
    const ref = doc(learner(), `users/${alice}/enrollments/mech`);
    await expectDenied(updateDoc(ref, { progress: 100 }));
    await expectDenied(updateDoc(ref, { 'scores.l1': { score: 100, passed: true, attempts: 1, bestScore: 100 } }));
    await expectDenied(updateDoc(ref, { completedLessons: ['l1'] }));
    await expectDenied(updateDoc(ref, { completedAt: t0 }));
    await expectDenied(setDoc(doc(learner(), `users/${alice}/enrollments/draft`), enrollment));
    await expectDenied(deleteDoc(ref));
  });
});

describe('certificates', () => {
  it('owners open and list their own; the public verifies through the nft-metadata endpoint', async () => {
    await expectAllowed(getDoc(doc(learner(), `certificates/${alice}_mech`)));
    await expectDenied(getDoc(doc(rules.env.unauthenticatedContext().firestore(), `certificates/${alice}_mech`)));
    await expectAllowed(getDocs(query(collection(learner(), 'certificates'), where('uid', '==', alice))));
  });

  it('nobody lists other people’s certificates', async () => {
    await expectDenied(getDocs(query(collection(other(), 'certificates'), where('uid', '==', alice))));
    await expectDenied(getDocs(collection(learner(), 'certificates')));
  });

  it('no client creates or edits a certificate', async () => {
    await expectDenied(setDoc(doc(learner(), `certificates/${alice}_draft`), { ...certificate, courseId: 'draft' }));
    await expectDenied(updateDoc(doc(learner(), `certificates/${alice}_mech`), { score: 100 }));
    await expectDenied(updateDoc(doc(adminDb(), `certificates/${alice}_mech`), { status: 'minted' }));
    await expectDenied(deleteDoc(doc(learner(), `certificates/${alice}_mech`)));
  });
});
