import { newMessageFields } from '@aether/common';
import {
  deleteDoc,
  doc,
  getDoc,
  serverTimestamp,
  setDoc,
  updateDoc,
  writeBatch,
  type Firestore,
} from 'firebase/firestore';
import { describe, it } from 'vitest';
import { storedRoom, t0 } from './fixtures';
import { alice, asBanned, asUser, bob, expectAllowed, expectDenied, seed, useRulesEnv } from './helpers';

const carol = 'carol';
const rules = useRulesEnv(async (env) => {
  await seed(env, async (ctx) => {
    const db = ctx.firestore();
    await setDoc(doc(db, 'rooms/lobby'), storedRoom('Lobby', 'public', [alice, bob]));
    await setDoc(doc(db, 'rooms/secret'), storedRoom('Secret', 'private', [alice, bob]));
    await setDoc(doc(db, 'rooms/secret/messages/m1'), {
      authorId: alice,
      text: 'hello',
      createdAt: t0,
      editedAt: null,
      deleted: false,
      reactions: { [bob]: ['👍'] },
      replyTo: null,
      mentions: [],
    });
  });
});

const message = (authorId: string, overrides: Record<string, unknown> = {}) => ({
  ...newMessageFields(authorId, 'Hi there', serverTimestamp()),
  ...overrides,
});

/** Posting as the app does: the message and the rate limiter's stamp in one batch. */
function post(compatDb: unknown, uid: string, room: string, id: string, overrides: Record<string, unknown> = {}) {
  // The test contexts hand out a compat-typed Firestore; it is the modular one at runtime.
  const db = compatDb as Firestore;
  const batch = writeBatch(db);
  batch.set(doc(db, 'rooms', room, 'messages', id), message(uid, overrides));
  batch.set(doc(db, 'rooms', room, 'members', uid), { lastPostedAt: serverTimestamp() }, { merge: true });
  return batch.commit();
}

describe('messages: reading', () => {
  it('lets members read private rooms and anyone signed in read public ones', async () => {
    await expectAllowed(getDoc(doc(asUser(rules.env, bob).firestore(), 'rooms/secret/messages/m1')));
    await expectDenied(getDoc(doc(asUser(rules.env, carol).firestore(), 'rooms/secret/messages/m1')));
    await expectDenied(getDoc(doc(asBanned(rules.env, bob).firestore(), 'rooms/secret/messages/m1')));
  });
});

describe('messages: posting', () => {
  it('lets a member post as themselves at the server time', async () => {
    await expectAllowed(post(asUser(rules.env, bob).firestore(), bob, 'secret', 'm2'));
    await expectAllowed(
      post(asUser(rules.env, alice).firestore(), alice, 'lobby', 'm3', {
        text: 'x'.repeat(4000),
        mentions: [bob],
        replyTo: { messageId: 'm0', authorId: bob, excerpt: 'earlier' },
      }),
    );
  });

  it('refuses non-members, impersonation, backdating and banned users', async () => {
    await expectDenied(post(asUser(rules.env, carol).firestore(), carol, 'secret', 'm2'));
    await expectDenied(post(asUser(rules.env, carol).firestore(), carol, 'lobby', 'm2')); // join first
    await expectDenied(post(asUser(rules.env, bob).firestore(), bob, 'secret', 'm2', { authorId: alice }));
    await expectDenied(post(asUser(rules.env, bob).firestore(), bob, 'secret', 'm2', { createdAt: t0 }));
    await expectDenied(post(asBanned(rules.env, bob).firestore(), bob, 'secret', 'm2'));
  });

  it('refuses empty, oversized and malformed messages', async () => {
    const db = asUser(rules.env, bob).firestore();
    await expectDenied(post(db, bob, 'secret', 'm2', { text: '' }));
    await expectDenied(post(db, bob, 'secret', 'm2', { text: '   ' }));
    await expectDenied(post(db, bob, 'secret', 'm2', { text: 'x'.repeat(4001) }));
    await expectDenied(post(db, bob, 'secret', 'm2', { reactions: { [bob]: ['🔥'] } }));
    await expectDenied(post(db, bob, 'secret', 'm2', { deleted: true }));
    await expectDenied(post(db, bob, 'secret', 'm2', { mentions: Array.from({ length: 21 }, (_, i) => `u${i}`) }));
    await expectDenied(
      post(db, bob, 'secret', 'm2', { replyTo: { messageId: 'x', authorId: 'y', excerpt: 'z'.repeat(201) } }),
    );
    await expectDenied(post(db, bob, 'secret', 'm2', { pinned: true }));
  });

  it('refuses a message without the rate-limit stamp', async () => {
    await expectDenied(setDoc(doc(asUser(rules.env, bob).firestore(), 'rooms/secret/messages/m2'), message(bob)));
  });

  it('refuses a second message within a second (spam)', async () => {
    const db = asUser(rules.env, bob).firestore();
    await expectAllowed(post(db, bob, 'secret', 'm2'));
    await expectDenied(post(db, bob, 'secret', 'm3'));
    await new Promise((r) => setTimeout(r, 1100));
    await expectAllowed(post(db, bob, 'secret', 'm4'));
  });
});

describe('messages: editing, deleting, reacting', () => {
  it('lets authors edit and soft-delete their own messages', async () => {
    const db = asUser(rules.env, alice).firestore();
    await expectAllowed(
      updateDoc(doc(db, 'rooms/secret/messages/m1'), { text: 'hello!', editedAt: serverTimestamp() }),
    );
    await expectAllowed(
      updateDoc(doc(db, 'rooms/secret/messages/m1'), { deleted: true, text: '', editedAt: serverTimestamp() }),
    );
    await expectDenied(
      updateDoc(doc(db, 'rooms/secret/messages/m1'), { text: 'back from the dead', editedAt: serverTimestamp() }),
    );
  });

  it("refuses editing or deleting someone else's message, backdated edits and hard deletes", async () => {
    const db = asUser(rules.env, bob).firestore();
    await expectDenied(
      updateDoc(doc(db, 'rooms/secret/messages/m1'), { text: 'mine now', editedAt: serverTimestamp() }),
    );
    await expectDenied(
      updateDoc(doc(db, 'rooms/secret/messages/m1'), { deleted: true, text: '', editedAt: serverTimestamp() }),
    );
    await expectDenied(
      updateDoc(doc(asUser(rules.env, alice).firestore(), 'rooms/secret/messages/m1'), { text: 'x', editedAt: t0 }),
    );
    await expectDenied(
      updateDoc(doc(asUser(rules.env, alice).firestore(), 'rooms/secret/messages/m1'), { authorId: bob }),
    );
    await expectDenied(deleteDoc(doc(asUser(rules.env, alice).firestore(), 'rooms/secret/messages/m1')));
  });

  it('lets members toggle their own reactions only', async () => {
    const aliceDb = asUser(rules.env, alice).firestore();
    const bobDb = asUser(rules.env, bob).firestore();
    await expectAllowed(updateDoc(doc(aliceDb, 'rooms/secret/messages/m1'), { [`reactions.${alice}`]: ['🎉', '👍'] }));
    await expectAllowed(updateDoc(doc(bobDb, 'rooms/secret/messages/m1'), { [`reactions.${bob}`]: [] }));
    await expectDenied(updateDoc(doc(aliceDb, 'rooms/secret/messages/m1'), { [`reactions.${bob}`]: ['💩'] }));
    await expectDenied(updateDoc(doc(aliceDb, 'rooms/secret/messages/m1'), { reactions: {} }));
    await expectDenied(
      updateDoc(doc(aliceDb, 'rooms/secret/messages/m1'), {
        [`reactions.${alice}`]: Array.from({ length: 11 }, () => '👍'),
      }),
    );
    await expectDenied(
      updateDoc(doc(asUser(rules.env, carol).firestore(), 'rooms/secret/messages/m1'), {
        [`reactions.${carol}`]: ['👍'],
      }),
    );
    await expectDenied(
      updateDoc(doc(asBanned(rules.env, alice).firestore(), 'rooms/secret/messages/m1'), {
        [`reactions.${alice}`]: ['👍'],
      }),
    );
  });
});
