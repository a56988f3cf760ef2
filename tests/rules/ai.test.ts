import { AI_LIMITS, newGenerationFields, type GenerationRequest } from '@aether/common';
import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  query,
  serverTimestamp,
  setDoc,
  updateDoc,
  where,
  type Firestore,
} from 'firebase/firestore';
import { describe, expect, it } from 'vitest';
import { t0 } from './fixtures';
import { alice, asBanned, asUser, bob, expectAllowed, expectDenied, seed, useRulesEnv } from './helpers';

type Ctx = { firestore: () => unknown };
const fs = (ctx: Ctx) => ctx.firestore() as Firestore;

const storedGeneration = (ownerId: string, id: string, extra: Record<string, unknown> = {}) => ({
  ...newGenerationFields(ownerId, id, { type: 'ui', prompt: 'a pricing card' }),
  createdAt: t0,
  status: 'done',
  output: '<p>hi</p>',
  model: 'gpt-4o-mini',
  usage: { promptTokens: 1, completionTokens: 2, totalTokens: 3 },
  ...extra,
});

const rules = useRulesEnv(async (env) => {
  await seed(env, async (ctx) => {
    const db = fs(ctx);
    await setDoc(doc(db, 'generations/a1'), storedGeneration(alice, 'a1'));
    await setDoc(doc(db, 'generations/b1'), storedGeneration(bob, 'b1'));
    await setDoc(doc(db, 'threads/ta'), { ownerId: alice, title: 'Hi', createdAt: t0, updatedAt: t0 });
    await setDoc(doc(db, 'threads/tb'), { ownerId: bob, title: 'Hi', createdAt: t0, updatedAt: t0 });
    await setDoc(doc(db, `aiQuota/${alice}_2026-12-01`), { count: 1 });
    await setDoc(doc(db, 'aiCache/k1'), { output: 'x' });
  });
});

const create = (
  db: Firestore,
  uid: string,
  id: string,
  request: GenerationRequest,
  extra: Record<string, unknown> = {},
) =>
  setDoc(doc(db, 'generations', id), {
    ...newGenerationFields(uid, id, request),
    createdAt: serverTimestamp(),
    ...extra,
  });

describe('generations', () => {
  it('an owner creates a queued request for each type', async () => {
    const db = fs(asUser(rules.env, alice));
    for (const type of ['code', 'api', 'ui', 'cli'] as const) {
      await expectAllowed(create(db, alice, `n-${type}`, { type, prompt: 'make something' }));
    }
    await expectAllowed(
      create(db, alice, 'v2', {
        type: 'ui',
        prompt: 'bluer',
        parentId: 'a1',
        rootId: 'a1',
        version: 2,
        regenerate: true,
      }),
    );
    await expectAllowed(create(db, alice, 'c1', { type: 'chat', prompt: 'hello', threadId: 'ta' }));
  });

  it('clients cannot write status, output, usage or model, or create for someone else', async () => {
    const db = fs(asUser(rules.env, alice));
    const request = { type: 'code' as const, prompt: 'sum' };
    await expectDenied(create(db, alice, 'x1', request, { status: 'done' }));
    await expectDenied(create(db, alice, 'x2', request, { output: 'fake' }));
    await expectDenied(create(db, alice, 'x3', request, { usage: { totalTokens: 1 } }));
    await expectDenied(create(db, alice, 'x4', request, { model: 'gpt-5' }));
    await expectDenied(create(db, alice, 'x5', request, { ownerId: bob }));
    await expectDenied(create(db, alice, 'x6', request, { cancelRequested: true }));
    await expectDenied(create(db, alice, 'x7', request, { createdAt: t0 }));
    await expectDenied(create(db, alice, 'x8', { ...request, prompt: ' ' }));
    await expectDenied(create(db, alice, 'x9', { ...request, prompt: 'p'.repeat(AI_LIMITS.promptMax + 1) }));
    await expectAllowed(create(db, alice, 'x10', { ...request, prompt: 'p'.repeat(AI_LIMITS.promptMax) }));
    await expectDenied(create(db, alice, 'x11', request, { type: 'video' }));
    await expectDenied(create(db, alice, 'x12', request, { rootId: 'a1' })); // version 1 is its own root
    await expectDenied(create(db, alice, 'x13', { type: 'chat', prompt: 'hi', threadId: 'tb' })); // bob's thread
    await expectDenied(create(db, alice, 'x14', { type: 'chat', prompt: 'hi' })); // chat needs a thread
    await expectDenied(create(fs(rules.env.unauthenticatedContext()), alice, 'x15', request));
    await expectDenied(create(fs(asBanned(rules.env, alice)), alice, 'x16', request));
  });

  it('only the owner reads a generation, and lists only their own', async () => {
    const db = fs(asUser(rules.env, alice));
    await expectAllowed(getDoc(doc(db, 'generations/a1')));
    await expectDenied(getDoc(doc(db, 'generations/b1')));
    const mine = await expectAllowed(getDocs(query(collection(db, 'generations'), where('ownerId', '==', alice))));
    expect(mine.docs.map((d) => d.id)).toEqual(['a1']);
    await expectDenied(getDocs(collection(db, 'generations')));
    await expectDenied(getDoc(doc(fs(rules.env.unauthenticatedContext()), 'generations/a1')));
    await expectDenied(getDoc(doc(fs(asBanned(rules.env, alice)), 'generations/a1')));
  });

  it('the owner may cancel and name a checkpoint, nothing else', async () => {
    const db = fs(asUser(rules.env, alice));
    const ref = doc(db, 'generations/a1');
    await expectAllowed(updateDoc(ref, { cancelRequested: true }));
    await expectAllowed(updateDoc(ref, { name: 'Before dark mode' }));
    await expectAllowed(updateDoc(ref, { name: null }));
    await expectDenied(updateDoc(ref, { name: 'n'.repeat(AI_LIMITS.checkpointNameMax + 1) }));
    await expectDenied(updateDoc(ref, { cancelRequested: false }));
    await expectDenied(updateDoc(ref, { status: 'queued' }));
    await expectDenied(updateDoc(ref, { output: 'edited' }));
    await expectDenied(updateDoc(ref, { usage: null }));
    await expectDenied(updateDoc(ref, { model: 'x' }));
    await expectDenied(updateDoc(doc(db, 'generations/b1'), { cancelRequested: true }));
  });

  it('the owner deletes their own generations only', async () => {
    const db = fs(asUser(rules.env, alice));
    await expectDenied(deleteDoc(doc(db, 'generations/b1')));
    await expectAllowed(deleteDoc(doc(db, 'generations/a1')));
  });
});

describe('threads', () => {
  const thread = (ownerId: string, extra: Record<string, unknown> = {}) => ({
    ownerId,
    title: 'Help me',
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
    ...extra,
  });

  it('owners create, read, rename and delete their threads', async () => {
    const db = fs(asUser(rules.env, alice));
    await expectAllowed(setDoc(doc(db, 'threads/new'), thread(alice)));
    await expectAllowed(getDoc(doc(db, 'threads/ta')));
    await expectAllowed(updateDoc(doc(db, 'threads/ta'), { title: 'Renamed', updatedAt: serverTimestamp() }));
    await expectAllowed(deleteDoc(doc(db, 'threads/ta')));
  });

  it('nobody else reads or writes them', async () => {
    const db = fs(asUser(rules.env, alice));
    await expectDenied(getDoc(doc(db, 'threads/tb')));
    await expectDenied(setDoc(doc(db, 'threads/x'), thread(bob)));
    await expectDenied(setDoc(doc(db, 'threads/y'), thread(alice, { title: '' })));
    await expectDenied(setDoc(doc(db, 'threads/z'), thread(alice, { extra: 1 })));
    await expectDenied(updateDoc(doc(db, 'threads/tb'), { title: 'Mine', updatedAt: serverTimestamp() }));
    await expectDenied(updateDoc(doc(db, 'threads/ta'), { ownerId: bob, updatedAt: serverTimestamp() }));
    await expectDenied(deleteDoc(doc(db, 'threads/tb')));
    await expectDenied(setDoc(doc(fs(asBanned(rules.env, alice)), 'threads/w'), thread(alice)));
  });
});

describe('quota and cache', () => {
  it('are closed to clients, even admins', async () => {
    for (const db of [fs(asUser(rules.env, alice)), fs(asUser(rules.env, 'root', { admin: true }))]) {
      await expectDenied(getDoc(doc(db, `aiQuota/${alice}_2026-12-01`)));
      await expectDenied(setDoc(doc(db, `aiQuota/${alice}_2026-12-01`), { count: 0 }));
      await expectDenied(getDoc(doc(db, 'aiCache/k1')));
      await expectDenied(setDoc(doc(db, 'aiCache/k2'), { output: 'poison' }));
    }
  });
});
