import { deleteDoc, doc, getDoc, serverTimestamp, setDoc, Timestamp, updateDoc } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { storedRoom, t0 } from './fixtures';
import { alice, asBanned, asUser, bob, expectAllowed, expectDenied, seed, useRulesEnv } from './helpers';

const rules = useRulesEnv(async (env) => {
  await seed(env, async (ctx) => {
    const db = ctx.firestore();
    await setDoc(doc(db, 'rooms/secret'), storedRoom('Secret', 'private', [alice, bob]));
    await setDoc(doc(db, 'notifications', alice, 'items', 'mention_m1'), {
      type: 'mention',
      actorId: bob,
      target: { roomId: 'secret', messageId: 'm1' },
      read: false,
      createdAt: t0,
    });
  });
});

describe('presence/{uid}', () => {
  it('lets users publish their own heartbeat and everyone signed in read it', async () => {
    const db = asUser(rules.env, alice).firestore();
    await expectAllowed(
      setDoc(doc(db, 'presence', alice), { state: 'online', lastSeen: serverTimestamp(), roomId: null }),
    );
    await expectAllowed(updateDoc(doc(db, 'presence', alice), { state: 'away', lastSeen: serverTimestamp() }));
    await expectAllowed(getDoc(doc(asUser(rules.env, bob).firestore(), 'presence', alice)));
  });

  it('refuses heartbeats for others, fake times, unknown states, visitors and banned users', async () => {
    const beat = { state: 'online', lastSeen: serverTimestamp(), roomId: null };
    await expectDenied(setDoc(doc(asUser(rules.env, bob).firestore(), 'presence', alice), beat));
    await expectDenied(setDoc(doc(asUser(rules.env, alice).firestore(), 'presence', alice), { ...beat, lastSeen: t0 }));
    await expectDenied(
      setDoc(doc(asUser(rules.env, alice).firestore(), 'presence', alice), { ...beat, state: 'invisible' }),
    );
    await expectDenied(
      setDoc(doc(asUser(rules.env, alice).firestore(), 'presence', alice), { ...beat, mood: 'happy' }),
    );
    await expectDenied(getDoc(doc(rules.env.unauthenticatedContext().firestore(), 'presence', alice)));
    await expectDenied(setDoc(doc(asBanned(rules.env, alice).firestore(), 'presence', alice), beat));
    await expectDenied(deleteDoc(doc(asUser(rules.env, alice).firestore(), 'presence', alice)));
  });
});

describe('rooms/{id}/typing/{uid}', () => {
  const soon = () => Timestamp.fromMillis(Date.now() + 5000);
  it('lets members say they are typing, for a few seconds', async () => {
    const db = asUser(rules.env, alice).firestore();
    await expectAllowed(setDoc(doc(db, 'rooms/secret/typing', alice), { expiresAt: soon() }));
    await expectAllowed(getDoc(doc(asUser(rules.env, bob).firestore(), 'rooms/secret/typing', alice)));
    await expectAllowed(deleteDoc(doc(db, 'rooms/secret/typing', alice)));
  });

  it('refuses typing as someone else, for too long, in the past, or outside the room', async () => {
    await expectDenied(
      setDoc(doc(asUser(rules.env, bob).firestore(), 'rooms/secret/typing', alice), { expiresAt: soon() }),
    );
    await expectDenied(
      setDoc(doc(asUser(rules.env, alice).firestore(), 'rooms/secret/typing', alice), {
        expiresAt: Timestamp.fromMillis(Date.now() + 60_000),
      }),
    );
    await expectDenied(
      setDoc(doc(asUser(rules.env, alice).firestore(), 'rooms/secret/typing', alice), { expiresAt: t0 }),
    );
    await expectDenied(
      setDoc(doc(asUser(rules.env, 'carol').firestore(), 'rooms/secret/typing', 'carol'), { expiresAt: soon() }),
    );
    await expectDenied(getDoc(doc(asUser(rules.env, 'carol').firestore(), 'rooms/secret/typing', alice)));
  });
});

describe('notifications/{uid}/items/{id}', () => {
  it('lets owners read, mark read and dismiss their notifications', async () => {
    const db = asUser(rules.env, alice).firestore();
    await expectAllowed(getDoc(doc(db, 'notifications', alice, 'items', 'mention_m1')));
    await expectAllowed(updateDoc(doc(db, 'notifications', alice, 'items', 'mention_m1'), { read: true }));
    await expectAllowed(deleteDoc(doc(db, 'notifications', alice, 'items', 'mention_m1')));
  });

  it('refuses reading or creating notifications for others, and editing their content', async () => {
    await expectDenied(getDoc(doc(asUser(rules.env, bob).firestore(), 'notifications', alice, 'items', 'mention_m1')));
    await expectDenied(
      setDoc(doc(asUser(rules.env, bob).firestore(), 'notifications', alice, 'items', 'fake'), {
        type: 'mention',
        read: false,
      }),
    );
    await expectDenied(
      setDoc(doc(asUser(rules.env, alice).firestore(), 'notifications', alice, 'items', 'self'), {
        type: 'mention',
        read: false,
      }),
    );
    await expectDenied(
      updateDoc(doc(asUser(rules.env, alice).firestore(), 'notifications', alice, 'items', 'mention_m1'), {
        type: 'dm',
      }),
    );
    await expectDenied(
      updateDoc(doc(asBanned(rules.env, alice).firestore(), 'notifications', alice, 'items', 'mention_m1'), {
        read: true,
      }),
    );
  });
});
