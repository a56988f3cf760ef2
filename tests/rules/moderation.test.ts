import { newMessageFields } from '@aether/common';
import {
  collection,
  doc,
  getDoc,
  getDocs,
  onSnapshot,
  orderBy,
  query,
  serverTimestamp,
  setDoc,
  updateDoc,
  where,
  writeBatch,
  type Firestore,
} from 'firebase/firestore';
import { describe, expect, it } from 'vitest';
import { storedRoom, t0 } from './fixtures';
import { alice, asBanned, asUser, bob, expectAllowed, expectDenied, seed, useRulesEnv } from './helpers';

const carol = 'carol';
const flagged = { status: 'flagged', categories: ['harassment'], reason: 'Abusive', source: 'local' };
const stored = (authorId: string, text: string, extra: Record<string, unknown> = {}) => ({
  ...newMessageFields(authorId, text, t0),
  ...extra,
});

const rules = useRulesEnv(async (env) => {
  await seed(env, async (ctx) => {
    const db = ctx.firestore();
    await setDoc(doc(db, 'rooms/lobby'), storedRoom('Lobby', 'public', [alice, bob]));
    await setDoc(doc(db, 'rooms/lobby/messages/clean'), stored(alice, 'hello'));
    await setDoc(doc(db, 'rooms/lobby/messages/legacy'), { authorId: alice, text: 'old', createdAt: t0 });
    await setDoc(doc(db, 'rooms/lobby/messages/bad'), stored(bob, 'you idiot', { hidden: true, moderation: flagged }));
    await setDoc(
      doc(db, 'rooms/lobby/messages/gone'),
      stored(bob, 'spam', { hidden: true, moderation: { ...flagged, status: 'removed', source: 'moderator' } }),
    );
    await setDoc(doc(db, 'moderationQueue/message_rooms_lobby_messages_bad'), {
      kind: 'message',
      path: 'rooms/lobby/messages/bad',
      authorId: bob,
      status: 'open',
    });
  });
});

const dbOf = (uid: string, claims: Record<string, unknown> = {}) =>
  asUser(rules.env, uid, claims).firestore() as unknown as Firestore;
const msg = (db: Firestore, id: string) => doc(db, 'rooms/lobby/messages', id);
const visibleQuery = (db: Firestore) =>
  query(collection(db, 'rooms/lobby/messages'), where('hidden', '==', false), orderBy('createdAt', 'desc'));

describe('messages hidden by moderation', () => {
  it('hides flagged and removed messages from other members', async () => {
    await expectDenied(getDoc(msg(dbOf(alice), 'bad')));
    await expectDenied(getDoc(msg(dbOf(alice), 'gone')));
    await expectDenied(getDoc(msg(dbOf(carol), 'bad')));
    await expectDenied(getDocs(collection(dbOf(alice), 'rooms/lobby/messages')));
  });

  it('shows them to their author, to moderators and to admins', async () => {
    await expectAllowed(getDoc(msg(dbOf(bob), 'bad')));
    await expectAllowed(getDoc(msg(dbOf(bob), 'gone')));
    await expectAllowed(getDoc(msg(dbOf(carol, { moderator: true }), 'bad')));
    await expectAllowed(getDoc(msg(dbOf(carol, { admin: true }), 'gone')));
    await expectDenied(getDoc(msg(asBanned(rules.env, bob).firestore() as unknown as Firestore, 'bad')));
  });

  it('lets members read visible messages, including ones written before moderation existed', async () => {
    await expectAllowed(getDoc(msg(dbOf(bob), 'clean')));
    await expectAllowed(getDoc(msg(dbOf(bob), 'legacy')));
    const snap = await expectAllowed(getDocs(visibleQuery(dbOf(alice))));
    expect(snap.docs.map((d) => d.id)).toEqual(['clean']);
  });

  it("allows the author's own hidden-message query, and nobody else's", async () => {
    const own = (db: Firestore, uid: string) =>
      query(collection(db, 'rooms/lobby/messages'), where('authorId', '==', uid), where('hidden', '==', true));
    const snap = await expectAllowed(getDocs(own(dbOf(bob), bob)));
    expect(snap.docs.map((d) => d.id).sort()).toEqual(['bad', 'gone']);
    await expectDenied(getDocs(own(dbOf(alice), bob)));
    await expectAllowed(getDocs(query(collection(dbOf(carol, { moderator: true }), 'rooms/lobby/messages'))));
  });

  it('never lets clients write moderation or hidden', async () => {
    const fields = (overrides: Record<string, unknown>) => ({
      ...newMessageFields(alice, 'hi', serverTimestamp()),
      ...overrides,
    });
    const post = (db: Firestore, data: Record<string, unknown>) => {
      const batch = writeBatch(db);
      batch.set(msg(db, 'new'), data);
      batch.set(doc(db, 'rooms/lobby/members', alice), { lastPostedAt: serverTimestamp() }, { merge: true });
      return batch.commit();
    };
    await expectDenied(post(dbOf(alice), fields({ hidden: true })));
    await expectDenied(post(dbOf(alice), fields({ hidden: null })));
    await expectDenied(post(dbOf(alice), fields({ moderation: { ...flagged, status: 'approved' } })));
    const { hidden: _hidden, ...withoutHidden } = fields({});
    await expectDenied(post(dbOf(alice), withoutHidden));
    await expectAllowed(post(dbOf(alice), fields({})));

    await expectDenied(updateDoc(msg(dbOf(bob), 'bad'), { hidden: false }));
    await expectDenied(
      updateDoc(msg(dbOf(bob), 'bad'), { moderation: { ...flagged, status: 'approved' }, hidden: false }),
    );
    await expectDenied(updateDoc(msg(dbOf(alice), 'clean'), { hidden: true }));
    await expectDenied(updateDoc(msg(dbOf(carol, { moderator: true }), 'bad'), { hidden: false }));
  });

  it("keeps another member's live list working when a message in it gets hidden", async () => {
    const seen: string[][] = [];
    const errors: unknown[] = [];
    const stop = onSnapshot(
      visibleQuery(dbOf(alice)),
      (snap) => seen.push(snap.docs.map((d) => d.id)),
      (error) => errors.push(error),
    );
    const until = async (check: () => boolean) => {
      for (let i = 0; i < 100 && !check() && errors.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
    };
    const last = () => seen.at(-1) ?? [];
    try {
      await until(() => last().includes('clean'));
      await seed(rules.env, async (ctx) => {
        const db = ctx.firestore();
        await setDoc(doc(db, 'rooms/lobby/messages/later'), stored(bob, 'you idiot', { createdAt: t0 }));
      });
      await until(() => last().includes('later'));
      // Moderation hides it (as the function does, outside the rules)...
      await seed(rules.env, (ctx) => updateDoc(doc(ctx.firestore(), 'rooms/lobby/messages/later'), { hidden: true }));
      await until(() => !last().includes('later'));
      // ...and the conversation keeps arriving on the same listener.
      await seed(rules.env, (ctx) => setDoc(doc(ctx.firestore(), 'rooms/lobby/messages/next'), stored(bob, 'sorry')));
      await until(() => last().includes('next'));
    } finally {
      stop();
    }
    expect(errors).toEqual([]);
    expect(seen.some((ids) => ids.includes('later'))).toBe(true);
    expect(last().sort()).toEqual(['clean', 'next']);
  });

  it('lets the author edit a flagged message (it is moderated again)', async () => {
    await expectAllowed(updateDoc(msg(dbOf(bob), 'bad'), { text: 'sorry', editedAt: serverTimestamp() }));
  });
});

describe('moderationQueue', () => {
  const item = (db: Firestore) => doc(db, 'moderationQueue/message_rooms_lobby_messages_bad');
  it('is readable by moderators and admins', async () => {
    await expectAllowed(getDoc(item(dbOf(carol, { moderator: true }))));
    await expectAllowed(getDoc(item(dbOf(carol, { admin: true }))));
    await expectAllowed(getDocs(collection(dbOf(carol, { moderator: true }), 'moderationQueue')));
  });

  it('is hidden from everyone else, including the author and banned moderators', async () => {
    await expectDenied(getDoc(item(dbOf(bob))));
    await expectDenied(getDoc(item(dbOf(alice))));
    await expectDenied(getDocs(collection(dbOf(alice), 'moderationQueue')));
    await expectDenied(getDoc(item(asUser(rules.env, carol, { moderator: true, banned: true }).firestore() as never)));
  });

  it('is written by functions only', async () => {
    await expectDenied(setDoc(doc(dbOf(carol, { moderator: true }), 'moderationQueue/x'), { status: 'open' }));
    await expectDenied(updateDoc(item(dbOf(carol, { admin: true })), { status: 'approved' }));
    await expectDenied(setDoc(doc(dbOf(bob), 'moderationQueue/x'), { status: 'open' }));
  });
});
